from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pa_realized_pnl import PaRealizedPnl
    from ..models.pa_transaction import PaTransaction


T = TypeVar("T", bound="PaTransactions")


@_attrs_define
class PaTransactions:
    """Transactions and realised profit and loss of the requested accounts.

    Attributes:
        rc (int | Unset): Client Portal use only.
        nd (int | Unset): Client Portal use only.
        rpnl (PaRealizedPnl | Unset): Realised profit and loss per day.
        currency (str | Unset): Currency of the amounts.
        from_ (int | Unset): Start of the period, epoch milliseconds.
        id (str | Unset): Request identifier, "getTransactions".
        to (int | Unset): End of the period, epoch milliseconds.
        includes_real_time (bool | Unset): Whether today's trades are included.
        transactions (list[PaTransaction] | Unset): The transactions.
    """

    rc: int | Unset = UNSET
    nd: int | Unset = UNSET
    rpnl: PaRealizedPnl | Unset = UNSET
    currency: str | Unset = UNSET
    from_: int | Unset = UNSET
    id: str | Unset = UNSET
    to: int | Unset = UNSET
    includes_real_time: bool | Unset = UNSET
    transactions: list[PaTransaction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rc = self.rc

        nd = self.nd

        rpnl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rpnl, Unset):
            rpnl = self.rpnl.to_dict()

        currency = self.currency

        from_ = self.from_

        id = self.id

        to = self.to

        includes_real_time = self.includes_real_time

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rc is not UNSET:
            field_dict["rc"] = rc
        if nd is not UNSET:
            field_dict["nd"] = nd
        if rpnl is not UNSET:
            field_dict["rpnl"] = rpnl
        if currency is not UNSET:
            field_dict["currency"] = currency
        if from_ is not UNSET:
            field_dict["from"] = from_
        if id is not UNSET:
            field_dict["id"] = id
        if to is not UNSET:
            field_dict["to"] = to
        if includes_real_time is not UNSET:
            field_dict["includesRealTime"] = includes_real_time
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pa_realized_pnl import PaRealizedPnl  # noqa: PLC0415
        from ..models.pa_transaction import PaTransaction  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        rc = _source.pop("rc", UNSET)

        nd = _source.pop("nd", UNSET)

        _rpnl = _source.pop("rpnl", UNSET)
        rpnl: PaRealizedPnl | Unset
        if isinstance(_rpnl, Unset):
            rpnl = UNSET
        else:
            rpnl = PaRealizedPnl.from_dict(_rpnl)

        currency = _source.pop("currency", UNSET)

        from_ = _source.pop("from", UNSET)

        id = _source.pop("id", UNSET)

        to = _source.pop("to", UNSET)

        includes_real_time = _source.pop("includesRealTime", UNSET)

        _transactions = _source.pop("transactions", UNSET)
        transactions: list[PaTransaction] | Unset = UNSET
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                transactions_item = PaTransaction.from_dict(transactions_item_data)

                transactions.append(transactions_item)

        _model = cls(
            rc=rc,
            nd=nd,
            rpnl=rpnl,
            currency=currency,
            from_=from_,
            id=id,
            to=to,
            includes_real_time=includes_real_time,
            transactions=transactions,
        )

        _model.additional_properties = _source
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
