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
        id (None | str | Unset): Account id.
        prepaid_crypto_z (bool | None | Unset): Prepaid crypto (Zerohash) enabled.
        prepaid_crypto_p (bool | None | Unset): Prepaid crypto (Paxos) enabled.
        brokerage_access (bool | None | Unset): Whether the account has brokerage access.
        account_id (None | str | Unset): Account id.
        account_van (None | str | Unset): Account alias used for orders.
        account_title (None | str | Unset): Title of the account.
        display_name (None | str | Unset): Display name of the account.
        account_alias (None | str | Unset): User-defined alias, null when none is set.
        account_status (int | None | Unset): When the account was opened, epoch milliseconds.
        currency (None | str | Unset): Base currency.
        type_ (None | str | Unset): Account type, e.g. INDIVIDUAL or DEMO.
        trading_type (None | str | Unset): Trading structure, e.g. STKNOPT or PMRGN.
        business_type (None | str | Unset): Organisational structure of the account.
        ib_entity (None | str | Unset): The Interactive Brokers entity that holds the account.
        fa_client (bool | None | Unset): Sub-account of a financial advisor, as the field list spells it.
        faclient (bool | None | Unset): Sub-account of a financial advisor, as the example and servers spell it.
        clearing_status (ClearingStatus | None | Unset):
        covestor (bool | None | Unset): Covestor account.
        no_client_trading (bool | None | Unset): Whether the client may not trade the account.
        track_virtual_fx_portfolio (bool | None | Unset): Whether the virtual FX portfolio is tracked.
        parent (AccountParent | None | Unset):
        desc (None | str | Unset): Description, "accountId - accountAlias".
        acct_cust_type (None | str | Unset): Undocumented; customer type, e.g. INDIVIDUAL.
        category (None | str | Unset): Undocumented; account category, often empty.
    """

    id: None | str | Unset = UNSET
    prepaid_crypto_z: bool | None | Unset = UNSET
    prepaid_crypto_p: bool | None | Unset = UNSET
    brokerage_access: bool | None | Unset = UNSET
    account_id: None | str | Unset = UNSET
    account_van: None | str | Unset = UNSET
    account_title: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    account_alias: None | str | Unset = UNSET
    account_status: int | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    trading_type: None | str | Unset = UNSET
    business_type: None | str | Unset = UNSET
    ib_entity: None | str | Unset = UNSET
    fa_client: bool | None | Unset = UNSET
    faclient: bool | None | Unset = UNSET
    clearing_status: ClearingStatus | None | Unset = UNSET
    covestor: bool | None | Unset = UNSET
    no_client_trading: bool | None | Unset = UNSET
    track_virtual_fx_portfolio: bool | None | Unset = UNSET
    parent: AccountParent | None | Unset = UNSET
    desc: None | str | Unset = UNSET
    acct_cust_type: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.account_parent import AccountParent  # noqa: PLC0415

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        prepaid_crypto_z: bool | None | Unset
        if isinstance(self.prepaid_crypto_z, Unset):
            prepaid_crypto_z = UNSET
        else:
            prepaid_crypto_z = self.prepaid_crypto_z

        prepaid_crypto_p: bool | None | Unset
        if isinstance(self.prepaid_crypto_p, Unset):
            prepaid_crypto_p = UNSET
        else:
            prepaid_crypto_p = self.prepaid_crypto_p

        brokerage_access: bool | None | Unset
        if isinstance(self.brokerage_access, Unset):
            brokerage_access = UNSET
        else:
            brokerage_access = self.brokerage_access

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        account_van: None | str | Unset
        if isinstance(self.account_van, Unset):
            account_van = UNSET
        else:
            account_van = self.account_van

        account_title: None | str | Unset
        if isinstance(self.account_title, Unset):
            account_title = UNSET
        else:
            account_title = self.account_title

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        account_alias: None | str | Unset
        if isinstance(self.account_alias, Unset):
            account_alias = UNSET
        else:
            account_alias = self.account_alias

        account_status: int | None | Unset
        if isinstance(self.account_status, Unset):
            account_status = UNSET
        else:
            account_status = self.account_status

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        trading_type: None | str | Unset
        if isinstance(self.trading_type, Unset):
            trading_type = UNSET
        else:
            trading_type = self.trading_type

        business_type: None | str | Unset
        if isinstance(self.business_type, Unset):
            business_type = UNSET
        else:
            business_type = self.business_type

        ib_entity: None | str | Unset
        if isinstance(self.ib_entity, Unset):
            ib_entity = UNSET
        else:
            ib_entity = self.ib_entity

        fa_client: bool | None | Unset
        if isinstance(self.fa_client, Unset):
            fa_client = UNSET
        else:
            fa_client = self.fa_client

        faclient: bool | None | Unset
        if isinstance(self.faclient, Unset):
            faclient = UNSET
        else:
            faclient = self.faclient

        clearing_status: None | str | Unset
        if isinstance(self.clearing_status, Unset):
            clearing_status = UNSET
        elif isinstance(self.clearing_status, ClearingStatus):
            clearing_status = self.clearing_status.value
        else:
            clearing_status = self.clearing_status

        covestor: bool | None | Unset
        if isinstance(self.covestor, Unset):
            covestor = UNSET
        else:
            covestor = self.covestor

        no_client_trading: bool | None | Unset
        if isinstance(self.no_client_trading, Unset):
            no_client_trading = UNSET
        else:
            no_client_trading = self.no_client_trading

        track_virtual_fx_portfolio: bool | None | Unset
        if isinstance(self.track_virtual_fx_portfolio, Unset):
            track_virtual_fx_portfolio = UNSET
        else:
            track_virtual_fx_portfolio = self.track_virtual_fx_portfolio

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, AccountParent):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        desc: None | str | Unset
        if isinstance(self.desc, Unset):
            desc = UNSET
        else:
            desc = self.desc

        acct_cust_type: None | str | Unset
        if isinstance(self.acct_cust_type, Unset):
            acct_cust_type = UNSET
        else:
            acct_cust_type = self.acct_cust_type

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
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

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(_source.pop("id", UNSET))

        def _parse_prepaid_crypto_z(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        prepaid_crypto_z = _parse_prepaid_crypto_z(
            _source.pop("PrepaidCrypto-Z", UNSET)
        )

        def _parse_prepaid_crypto_p(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        prepaid_crypto_p = _parse_prepaid_crypto_p(
            _source.pop("PrepaidCrypto-P", UNSET)
        )

        def _parse_brokerage_access(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        brokerage_access = _parse_brokerage_access(
            _source.pop("brokerageAccess", UNSET)
        )

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(_source.pop("accountId", UNSET))

        def _parse_account_van(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_van = _parse_account_van(_source.pop("accountVan", UNSET))

        def _parse_account_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_title = _parse_account_title(_source.pop("accountTitle", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(_source.pop("displayName", UNSET))

        def _parse_account_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_alias = _parse_account_alias(_source.pop("accountAlias", UNSET))

        def _parse_account_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account_status = _parse_account_status(_source.pop("accountStatus", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(_source.pop("currency", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(_source.pop("type", UNSET))

        def _parse_trading_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trading_type = _parse_trading_type(_source.pop("tradingType", UNSET))

        def _parse_business_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_type = _parse_business_type(_source.pop("businessType", UNSET))

        def _parse_ib_entity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ib_entity = _parse_ib_entity(_source.pop("ibEntity", UNSET))

        def _parse_fa_client(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        fa_client = _parse_fa_client(_source.pop("faClient", UNSET))

        def _parse_faclient(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        faclient = _parse_faclient(_source.pop("faclient", UNSET))

        def _parse_clearing_status(data: object) -> ClearingStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                clearing_status_type_0 = ClearingStatus(data)

                return clearing_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClearingStatus | None | Unset, data)

        clearing_status = _parse_clearing_status(_source.pop("clearingStatus", UNSET))

        def _parse_covestor(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        covestor = _parse_covestor(_source.pop("covestor", UNSET))

        def _parse_no_client_trading(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        no_client_trading = _parse_no_client_trading(
            _source.pop("noClientTrading", UNSET)
        )

        def _parse_track_virtual_fx_portfolio(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        track_virtual_fx_portfolio = _parse_track_virtual_fx_portfolio(
            _source.pop("trackVirtualFXPortfolio", UNSET)
        )

        def _parse_parent(data: object) -> AccountParent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_type_0 = AccountParent.from_dict(data)

                return parent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountParent | None | Unset, data)

        parent = _parse_parent(_source.pop("parent", UNSET))

        def _parse_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        desc = _parse_desc(_source.pop("desc", UNSET))

        def _parse_acct_cust_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        acct_cust_type = _parse_acct_cust_type(_source.pop("acctCustType", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(_source.pop("category", UNSET))

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
