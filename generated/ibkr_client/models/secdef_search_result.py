from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bond_issuer import BondIssuer
    from ..models.secdef_search_section import SecdefSearchSection


T = TypeVar("T", bound="SecdefSearchResult")


@_attrs_define
class SecdefSearchResult:
    """One match of a contract search. Bond searches return entries whose symbol, description,
    restricted, fop, opt and war are null and which carry issuers and bondid.

        Attributes:
            conid (None | str | Unset): Contract id, as a string.
            company_header (None | str | Unset): Extended company name and primary exchange; the bond type for bonds.
            company_name (None | str | Unset): Company name; null for bonds.
            symbol (None | str | Unset): Ticker symbol; null for bonds.
            description (None | str | Unset): Primary exchange; null for bonds.
            restricted (bool | None | str | Unset): Documented as a boolean (whether the contract is restricted); servers
                send a security
                type string such as "CFD" or "IND", or null (always null for bonds).
            fop (None | str | Unset): Futures option expirations; null for bonds.
            opt (None | str | Unset): Option expirations; null for bonds.
            war (None | str | Unset): Warrant expirations; null for bonds.
            sections (list[SecdefSearchSection] | None | Unset): The security types available; only secType BOND for bonds.
            issuers (list[BondIssuer] | None | Unset): Bond issuers; bond entries only.
            bondid (int | None | Unset): Bond type id; bond entries only.
            sec_type (None | str | Unset): Security type of the match (in the example, not in the field list).
    """

    conid: None | str | Unset = UNSET
    company_header: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    restricted: bool | None | str | Unset = UNSET
    fop: None | str | Unset = UNSET
    opt: None | str | Unset = UNSET
    war: None | str | Unset = UNSET
    sections: list[SecdefSearchSection] | None | Unset = UNSET
    issuers: list[BondIssuer] | None | Unset = UNSET
    bondid: int | None | Unset = UNSET
    sec_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conid: None | str | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        company_header: None | str | Unset
        if isinstance(self.company_header, Unset):
            company_header = UNSET
        else:
            company_header = self.company_header

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        restricted: bool | None | str | Unset
        if isinstance(self.restricted, Unset):
            restricted = UNSET
        else:
            restricted = self.restricted

        fop: None | str | Unset
        if isinstance(self.fop, Unset):
            fop = UNSET
        else:
            fop = self.fop

        opt: None | str | Unset
        if isinstance(self.opt, Unset):
            opt = UNSET
        else:
            opt = self.opt

        war: None | str | Unset
        if isinstance(self.war, Unset):
            war = UNSET
        else:
            war = self.war

        sections: list[dict[str, Any]] | None | Unset
        if isinstance(self.sections, Unset):
            sections = UNSET
        elif isinstance(self.sections, list):
            sections = []
            for sections_type_0_item_data in self.sections:
                sections_type_0_item = sections_type_0_item_data.to_dict()
                sections.append(sections_type_0_item)

        else:
            sections = self.sections

        issuers: list[dict[str, Any]] | None | Unset
        if isinstance(self.issuers, Unset):
            issuers = UNSET
        elif isinstance(self.issuers, list):
            issuers = []
            for issuers_type_0_item_data in self.issuers:
                issuers_type_0_item = issuers_type_0_item_data.to_dict()
                issuers.append(issuers_type_0_item)

        else:
            issuers = self.issuers

        bondid: int | None | Unset
        if isinstance(self.bondid, Unset):
            bondid = UNSET
        else:
            bondid = self.bondid

        sec_type: None | str | Unset
        if isinstance(self.sec_type, Unset):
            sec_type = UNSET
        else:
            sec_type = self.sec_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conid is not UNSET:
            field_dict["conid"] = conid
        if company_header is not UNSET:
            field_dict["companyHeader"] = company_header
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if description is not UNSET:
            field_dict["description"] = description
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if fop is not UNSET:
            field_dict["fop"] = fop
        if opt is not UNSET:
            field_dict["opt"] = opt
        if war is not UNSET:
            field_dict["war"] = war
        if sections is not UNSET:
            field_dict["sections"] = sections
        if issuers is not UNSET:
            field_dict["issuers"] = issuers
        if bondid is not UNSET:
            field_dict["bondid"] = bondid
        if sec_type is not UNSET:
            field_dict["secType"] = sec_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bond_issuer import BondIssuer  # noqa: PLC0415
        from ..models.secdef_search_section import SecdefSearchSection  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_conid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conid = _parse_conid(_source.pop("conid", UNSET))

        def _parse_company_header(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_header = _parse_company_header(_source.pop("companyHeader", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(_source.pop("companyName", UNSET))

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(_source.pop("symbol", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(_source.pop("description", UNSET))

        def _parse_restricted(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | str | Unset, data)

        restricted = _parse_restricted(_source.pop("restricted", UNSET))

        def _parse_fop(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fop = _parse_fop(_source.pop("fop", UNSET))

        def _parse_opt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opt = _parse_opt(_source.pop("opt", UNSET))

        def _parse_war(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        war = _parse_war(_source.pop("war", UNSET))

        def _parse_sections(data: object) -> list[SecdefSearchSection] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sections_type_0 = []
                _sections_type_0 = data
                for sections_type_0_item_data in _sections_type_0:
                    sections_type_0_item = SecdefSearchSection.from_dict(
                        sections_type_0_item_data
                    )

                    sections_type_0.append(sections_type_0_item)

                return sections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SecdefSearchSection] | None | Unset, data)

        sections = _parse_sections(_source.pop("sections", UNSET))

        def _parse_issuers(data: object) -> list[BondIssuer] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                issuers_type_0 = []
                _issuers_type_0 = data
                for issuers_type_0_item_data in _issuers_type_0:
                    issuers_type_0_item = BondIssuer.from_dict(issuers_type_0_item_data)

                    issuers_type_0.append(issuers_type_0_item)

                return issuers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BondIssuer] | None | Unset, data)

        issuers = _parse_issuers(_source.pop("issuers", UNSET))

        def _parse_bondid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bondid = _parse_bondid(_source.pop("bondid", UNSET))

        def _parse_sec_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sec_type = _parse_sec_type(_source.pop("secType", UNSET))

        _model = cls(
            conid=conid,
            company_header=company_header,
            company_name=company_name,
            symbol=symbol,
            description=description,
            restricted=restricted,
            fop=fop,
            opt=opt,
            war=war,
            sections=sections,
            issuers=issuers,
            bondid=bondid,
            sec_type=sec_type,
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
