from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        rc (int | None | Unset): Client Portal use only.
        nd (int | None | Unset): Client Portal use only.
        rpnl (None | PaRealizedPnl | Unset):
        currency (None | str | Unset): Currency of the amounts.
        from_ (int | None | Unset): Start of the period, epoch milliseconds.
        id (None | str | Unset): Request identifier, "getTransactions".
        to (int | None | Unset): End of the period, epoch milliseconds.
        includes_real_time (bool | None | Unset): Whether today's trades are included.
        transactions (list[PaTransaction] | None | Unset): The transactions.
    """

    rc: int | None | Unset = UNSET
    nd: int | None | Unset = UNSET
    rpnl: None | PaRealizedPnl | Unset = UNSET
    currency: None | str | Unset = UNSET
    from_: int | None | Unset = UNSET
    id: None | str | Unset = UNSET
    to: int | None | Unset = UNSET
    includes_real_time: bool | None | Unset = UNSET
    transactions: list[PaTransaction] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pa_realized_pnl import PaRealizedPnl  # noqa: PLC0415

        rc: int | None | Unset
        if isinstance(self.rc, Unset):
            rc = UNSET
        else:
            rc = self.rc

        nd: int | None | Unset
        if isinstance(self.nd, Unset):
            nd = UNSET
        else:
            nd = self.nd

        rpnl: dict[str, Any] | None | Unset
        if isinstance(self.rpnl, Unset):
            rpnl = UNSET
        elif isinstance(self.rpnl, PaRealizedPnl):
            rpnl = self.rpnl.to_dict()
        else:
            rpnl = self.rpnl

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        from_: int | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        to: int | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        includes_real_time: bool | None | Unset
        if isinstance(self.includes_real_time, Unset):
            includes_real_time = UNSET
        else:
            includes_real_time = self.includes_real_time

        transactions: list[dict[str, Any]] | None | Unset
        if isinstance(self.transactions, Unset):
            transactions = UNSET
        elif isinstance(self.transactions, list):
            transactions = []
            for transactions_type_0_item_data in self.transactions:
                transactions_type_0_item = transactions_type_0_item_data.to_dict()
                transactions.append(transactions_type_0_item)

        else:
            transactions = self.transactions

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

        def _parse_rc(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rc = _parse_rc(_source.pop("rc", UNSET))

        def _parse_nd(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nd = _parse_nd(_source.pop("nd", UNSET))

        def _parse_rpnl(data: object) -> None | PaRealizedPnl | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rpnl_type_0 = PaRealizedPnl.from_dict(data)

                return rpnl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaRealizedPnl | Unset, data)

        rpnl = _parse_rpnl(_source.pop("rpnl", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(_source.pop("currency", UNSET))

        def _parse_from_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        from_ = _parse_from_(_source.pop("from", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(_source.pop("id", UNSET))

        def _parse_to(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        to = _parse_to(_source.pop("to", UNSET))

        def _parse_includes_real_time(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        includes_real_time = _parse_includes_real_time(
            _source.pop("includesRealTime", UNSET)
        )

        def _parse_transactions(data: object) -> list[PaTransaction] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                transactions_type_0 = []
                _transactions_type_0 = data
                for transactions_type_0_item_data in _transactions_type_0:
                    transactions_type_0_item = PaTransaction.from_dict(
                        transactions_type_0_item_data
                    )

                    transactions_type_0.append(transactions_type_0_item)

                return transactions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PaTransaction] | None | Unset, data)

        transactions = _parse_transactions(_source.pop("transactions", UNSET))

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
