from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hmds_status import HmdsStatus
    from ..models.iserver_status import IserverStatus


T = TypeVar("T", bound="TickleResponse")


@_attrs_define
class TickleResponse:
    """
    Attributes:
        session (None | str | Unset): Session id of this connection; the websocket's `api` cookie.
        sso_expires (int | None | Unset): Milliseconds until the SSO session expires.
        collission (bool | None | Unset): Internal use (IBKR's spelling).
        user_id (int | None | Unset): Internal user id.
        hmds (HmdsStatus | None | Unset):
        iserver (IserverStatus | None | Unset):
        error (None | str | Unset): Undocumented; e.g. "no session", sent with HTTP 200.
    """

    session: None | str | Unset = UNSET
    sso_expires: int | None | Unset = UNSET
    collission: bool | None | Unset = UNSET
    user_id: int | None | Unset = UNSET
    hmds: HmdsStatus | None | Unset = UNSET
    iserver: IserverStatus | None | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.hmds_status import HmdsStatus  # noqa: PLC0415
        from ..models.iserver_status import IserverStatus  # noqa: PLC0415

        session: None | str | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        else:
            session = self.session

        sso_expires: int | None | Unset
        if isinstance(self.sso_expires, Unset):
            sso_expires = UNSET
        else:
            sso_expires = self.sso_expires

        collission: bool | None | Unset
        if isinstance(self.collission, Unset):
            collission = UNSET
        else:
            collission = self.collission

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        hmds: dict[str, Any] | None | Unset
        if isinstance(self.hmds, Unset):
            hmds = UNSET
        elif isinstance(self.hmds, HmdsStatus):
            hmds = self.hmds.to_dict()
        else:
            hmds = self.hmds

        iserver: dict[str, Any] | None | Unset
        if isinstance(self.iserver, Unset):
            iserver = UNSET
        elif isinstance(self.iserver, IserverStatus):
            iserver = self.iserver.to_dict()
        else:
            iserver = self.iserver

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session is not UNSET:
            field_dict["session"] = session
        if sso_expires is not UNSET:
            field_dict["ssoExpires"] = sso_expires
        if collission is not UNSET:
            field_dict["collission"] = collission
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if hmds is not UNSET:
            field_dict["hmds"] = hmds
        if iserver is not UNSET:
            field_dict["iserver"] = iserver
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hmds_status import HmdsStatus  # noqa: PLC0415
        from ..models.iserver_status import IserverStatus  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_session(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session = _parse_session(_source.pop("session", UNSET))

        def _parse_sso_expires(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sso_expires = _parse_sso_expires(_source.pop("ssoExpires", UNSET))

        def _parse_collission(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        collission = _parse_collission(_source.pop("collission", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(_source.pop("userId", UNSET))

        def _parse_hmds(data: object) -> HmdsStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hmds_type_0 = HmdsStatus.from_dict(data)

                return hmds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HmdsStatus | None | Unset, data)

        hmds = _parse_hmds(_source.pop("hmds", UNSET))

        def _parse_iserver(data: object) -> IserverStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                iserver_type_0 = IserverStatus.from_dict(data)

                return iserver_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IserverStatus | None | Unset, data)

        iserver = _parse_iserver(_source.pop("iserver", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(_source.pop("error", UNSET))

        _model = cls(
            session=session,
            sso_expires=sso_expires,
            collission=collission,
            user_id=user_id,
            hmds=hmds,
            iserver=iserver,
            error=error,
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
