from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
        session (str | Unset): Session id of this connection; the websocket's `api` cookie.
        sso_expires (int | Unset): Milliseconds until the SSO session expires.
        collission (bool | Unset): Internal use (IBKR's spelling).
        user_id (int | Unset): Internal user id.
        hmds (HmdsStatus | Unset): Historical market data service status; "no bridge" means no request is running.
        iserver (IserverStatus | Unset):
        error (str | Unset): Undocumented; e.g. "no session", sent with HTTP 200.
    """

    session: str | Unset = UNSET
    sso_expires: int | Unset = UNSET
    collission: bool | Unset = UNSET
    user_id: int | Unset = UNSET
    hmds: HmdsStatus | Unset = UNSET
    iserver: IserverStatus | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session = self.session

        sso_expires = self.sso_expires

        collission = self.collission

        user_id = self.user_id

        hmds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hmds, Unset):
            hmds = self.hmds.to_dict()

        iserver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.iserver, Unset):
            iserver = self.iserver.to_dict()

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
        session = _source.pop("session", UNSET)

        sso_expires = _source.pop("ssoExpires", UNSET)

        collission = _source.pop("collission", UNSET)

        user_id = _source.pop("userId", UNSET)

        _hmds = _source.pop("hmds", UNSET)
        hmds: HmdsStatus | Unset
        if isinstance(_hmds, Unset):
            hmds = UNSET
        else:
            hmds = HmdsStatus.from_dict(_hmds)

        _iserver = _source.pop("iserver", UNSET)
        iserver: IserverStatus | Unset
        if isinstance(_iserver, Unset):
            iserver = UNSET
        else:
            iserver = IserverStatus.from_dict(_iserver)

        error = _source.pop("error", UNSET)

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
