from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clearing_status import ClearingStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_parent import AccountParent


T = TypeVar("T", bound="PortfolioAccount")


@_attrs_define
class PortfolioAccount:
    """
    Attributes:
        id (str | Unset): Account id.
        prepaid_crypto_z (bool | Unset): Prepaid crypto (Zerohash) enabled.
        prepaid_crypto_p (bool | Unset): Prepaid crypto (Paxos) enabled.
        brokerage_access (bool | Unset): Whether the account has brokerage access.
        account_id (str | Unset): Account id.
        account_van (str | Unset): Account alias used for orders.
        account_title (str | Unset): Title of the account.
        display_name (str | Unset): Display name of the account.
        account_alias (None | str | Unset): User-defined alias, null when none is set.
        account_status (int | Unset): When the account was opened, epoch milliseconds.
        currency (str | Unset): Base currency.
        type_ (str | Unset): Account type, e.g. INDIVIDUAL or DEMO.
        trading_type (str | Unset): Trading structure, e.g. STKNOPT or PMRGN.
        business_type (str | Unset): Organisational structure of the account.
        ib_entity (str | Unset): The Interactive Brokers entity that holds the account.
        fa_client (bool | Unset): Sub-account of a financial advisor, as the field list spells it.
        faclient (bool | Unset): Sub-account of a financial advisor, as the example and servers spell it.
        clearing_status (ClearingStatus | Unset): O open; P or N pending; A abandoned; R rejected; C closed.
        covestor (bool | Unset): Covestor account.
        no_client_trading (bool | Unset): Whether the client may not trade the account.
        track_virtual_fx_portfolio (bool | Unset): Whether the virtual FX portfolio is tracked.
        parent (AccountParent | Unset): Money manager and multiplex relations of an account.
        desc (str | Unset): Description, "accountId - accountAlias".
        acct_cust_type (str | Unset): Undocumented; customer type, e.g. INDIVIDUAL.
        category (str | Unset): Undocumented; account category, often empty.
    """

    id: str | Unset = UNSET
    prepaid_crypto_z: bool | Unset = UNSET
    prepaid_crypto_p: bool | Unset = UNSET
    brokerage_access: bool | Unset = UNSET
    account_id: str | Unset = UNSET
    account_van: str | Unset = UNSET
    account_title: str | Unset = UNSET
    display_name: str | Unset = UNSET
    account_alias: None | str | Unset = UNSET
    account_status: int | Unset = UNSET
    currency: str | Unset = UNSET
    type_: str | Unset = UNSET
    trading_type: str | Unset = UNSET
    business_type: str | Unset = UNSET
    ib_entity: str | Unset = UNSET
    fa_client: bool | Unset = UNSET
    faclient: bool | Unset = UNSET
    clearing_status: ClearingStatus | Unset = UNSET
    covestor: bool | Unset = UNSET
    no_client_trading: bool | Unset = UNSET
    track_virtual_fx_portfolio: bool | Unset = UNSET
    parent: AccountParent | Unset = UNSET
    desc: str | Unset = UNSET
    acct_cust_type: str | Unset = UNSET
    category: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        prepaid_crypto_z = self.prepaid_crypto_z

        prepaid_crypto_p = self.prepaid_crypto_p

        brokerage_access = self.brokerage_access

        account_id = self.account_id

        account_van = self.account_van

        account_title = self.account_title

        display_name = self.display_name

        account_alias: None | str | Unset
        if isinstance(self.account_alias, Unset):
            account_alias = UNSET
        else:
            account_alias = self.account_alias

        account_status = self.account_status

        currency = self.currency

        type_ = self.type_

        trading_type = self.trading_type

        business_type = self.business_type

        ib_entity = self.ib_entity

        fa_client = self.fa_client

        faclient = self.faclient

        clearing_status: str | Unset = UNSET
        if not isinstance(self.clearing_status, Unset):
            clearing_status = self.clearing_status.value

        covestor = self.covestor

        no_client_trading = self.no_client_trading

        track_virtual_fx_portfolio = self.track_virtual_fx_portfolio

        parent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent, Unset):
            parent = self.parent.to_dict()

        desc = self.desc

        acct_cust_type = self.acct_cust_type

        category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if prepaid_crypto_z is not UNSET:
            field_dict["PrepaidCrypto-Z"] = prepaid_crypto_z
        if prepaid_crypto_p is not UNSET:
            field_dict["PrepaidCrypto-P"] = prepaid_crypto_p
        if brokerage_access is not UNSET:
            field_dict["brokerageAccess"] = brokerage_access
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if account_van is not UNSET:
            field_dict["accountVan"] = account_van
        if account_title is not UNSET:
            field_dict["accountTitle"] = account_title
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if account_alias is not UNSET:
            field_dict["accountAlias"] = account_alias
        if account_status is not UNSET:
            field_dict["accountStatus"] = account_status
        if currency is not UNSET:
            field_dict["currency"] = currency
        if type_ is not UNSET:
            field_dict["type"] = type_
        if trading_type is not UNSET:
            field_dict["tradingType"] = trading_type
        if business_type is not UNSET:
            field_dict["businessType"] = business_type
        if ib_entity is not UNSET:
            field_dict["ibEntity"] = ib_entity
        if fa_client is not UNSET:
            field_dict["faClient"] = fa_client
        if faclient is not UNSET:
            field_dict["faclient"] = faclient
        if clearing_status is not UNSET:
            field_dict["clearingStatus"] = clearing_status
        if covestor is not UNSET:
            field_dict["covestor"] = covestor
        if no_client_trading is not UNSET:
            field_dict["noClientTrading"] = no_client_trading
        if track_virtual_fx_portfolio is not UNSET:
            field_dict["trackVirtualFXPortfolio"] = track_virtual_fx_portfolio
        if parent is not UNSET:
            field_dict["parent"] = parent
        if desc is not UNSET:
            field_dict["desc"] = desc
        if acct_cust_type is not UNSET:
            field_dict["acctCustType"] = acct_cust_type
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_parent import AccountParent  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        id = _source.pop("id", UNSET)

        prepaid_crypto_z = _source.pop("PrepaidCrypto-Z", UNSET)

        prepaid_crypto_p = _source.pop("PrepaidCrypto-P", UNSET)

        brokerage_access = _source.pop("brokerageAccess", UNSET)

        account_id = _source.pop("accountId", UNSET)

        account_van = _source.pop("accountVan", UNSET)

        account_title = _source.pop("accountTitle", UNSET)

        display_name = _source.pop("displayName", UNSET)

        def _parse_account_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_alias = _parse_account_alias(_source.pop("accountAlias", UNSET))

        account_status = _source.pop("accountStatus", UNSET)

        currency = _source.pop("currency", UNSET)

        type_ = _source.pop("type", UNSET)

        trading_type = _source.pop("tradingType", UNSET)

        business_type = _source.pop("businessType", UNSET)

        ib_entity = _source.pop("ibEntity", UNSET)

        fa_client = _source.pop("faClient", UNSET)

        faclient = _source.pop("faclient", UNSET)

        _clearing_status = _source.pop("clearingStatus", UNSET)
        clearing_status: ClearingStatus | Unset
        if isinstance(_clearing_status, Unset):
            clearing_status = UNSET
        else:
            clearing_status = ClearingStatus(_clearing_status)

        covestor = _source.pop("covestor", UNSET)

        no_client_trading = _source.pop("noClientTrading", UNSET)

        track_virtual_fx_portfolio = _source.pop("trackVirtualFXPortfolio", UNSET)

        _parent = _source.pop("parent", UNSET)
        parent: AccountParent | Unset
        if isinstance(_parent, Unset):
            parent = UNSET
        else:
            parent = AccountParent.from_dict(_parent)

        desc = _source.pop("desc", UNSET)

        acct_cust_type = _source.pop("acctCustType", UNSET)

        category = _source.pop("category", UNSET)

        _model = cls(
            id=id,
            prepaid_crypto_z=prepaid_crypto_z,
            prepaid_crypto_p=prepaid_crypto_p,
            brokerage_access=brokerage_access,
            account_id=account_id,
            account_van=account_van,
            account_title=account_title,
            display_name=display_name,
            account_alias=account_alias,
            account_status=account_status,
            currency=currency,
            type_=type_,
            trading_type=trading_type,
            business_type=business_type,
            ib_entity=ib_entity,
            fa_client=fa_client,
            faclient=faclient,
            clearing_status=clearing_status,
            covestor=covestor,
            no_client_trading=no_client_trading,
            track_virtual_fx_portfolio=track_virtual_fx_portfolio,
            parent=parent,
            desc=desc,
            acct_cust_type=acct_cust_type,
            category=category,
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
