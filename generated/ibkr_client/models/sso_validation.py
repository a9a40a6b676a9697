from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sso_features import SsoFeatures


T = TypeVar("T", bound="SsoValidation")


@_attrs_define
class SsoValidation:
    """
    Attributes:
        user_id (int | Unset): Internal user id.
        user_name (str | Unset): User name of the session.
        result (bool | Unset): True when the session was validated.
        auth_time (int | Unset): Time of authentication, epoch milliseconds.
        sf_enabled (bool | Unset): Internal use.
        is_free_trial (bool | Unset): Trial account (true) or funded account (false).
        credential (str | Unset): Underlying user name of the account.
        ip (str | Unset): Internal use; not the user's IP address.
        expires (int | Unset): Milliseconds until the session expires.
        qualified_for_mobile_auth (bool | None | Unset): Whether the user needs two-factor authentication.
        landing_app (str | Unset): Client Portal landing application (internal use).
        is_master (bool | Unset): Master account (true) or sub-account (false).
        last_accessed (int | Unset): Last access, epoch milliseconds.
        login_type (int | Unset): 1 for a live login, 2 for a paper login. Documented as `loginType`; the example and
            servers use LOGIN_TYPE.
        paper_user_name (str | Unset): Paper trading user name of the account.
        features (SsoFeatures | Unset): Features available to the user (bonds, option chains, ...).
        region (str | Unset): Region of the server (in the documentation example, not in the field list).
    """

    user_id: int | Unset = UNSET
    user_name: str | Unset = UNSET
    result: bool | Unset = UNSET
    auth_time: int | Unset = UNSET
    sf_enabled: bool | Unset = UNSET
    is_free_trial: bool | Unset = UNSET
    credential: str | Unset = UNSET
    ip: str | Unset = UNSET
    expires: int | Unset = UNSET
    qualified_for_mobile_auth: bool | None | Unset = UNSET
    landing_app: str | Unset = UNSET
    is_master: bool | Unset = UNSET
    last_accessed: int | Unset = UNSET
    login_type: int | Unset = UNSET
    paper_user_name: str | Unset = UNSET
    features: SsoFeatures | Unset = UNSET
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        user_name = self.user_name

        result = self.result

        auth_time = self.auth_time

        sf_enabled = self.sf_enabled

        is_free_trial = self.is_free_trial

        credential = self.credential

        ip = self.ip

        expires = self.expires

        qualified_for_mobile_auth: bool | None | Unset
        if isinstance(self.qualified_for_mobile_auth, Unset):
            qualified_for_mobile_auth = UNSET
        else:
            qualified_for_mobile_auth = self.qualified_for_mobile_auth

        landing_app = self.landing_app

        is_master = self.is_master

        last_accessed = self.last_accessed

        login_type = self.login_type

        paper_user_name = self.paper_user_name

        features: dict[str, Any] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features.to_dict()

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["USER_ID"] = user_id
        if user_name is not UNSET:
            field_dict["USER_NAME"] = user_name
        if result is not UNSET:
            field_dict["RESULT"] = result
        if auth_time is not UNSET:
            field_dict["AUTH_TIME"] = auth_time
        if sf_enabled is not UNSET:
            field_dict["SF_ENABLED"] = sf_enabled
        if is_free_trial is not UNSET:
            field_dict["IS_FREE_TRIAL"] = is_free_trial
        if credential is not UNSET:
            field_dict["CREDENTIAL"] = credential
        if ip is not UNSET:
            field_dict["IP"] = ip
        if expires is not UNSET:
            field_dict["EXPIRES"] = expires
        if qualified_for_mobile_auth is not UNSET:
            field_dict["QUALIFIED_FOR_MOBILE_AUTH"] = qualified_for_mobile_auth
        if landing_app is not UNSET:
            field_dict["LANDING_APP"] = landing_app
        if is_master is not UNSET:
            field_dict["IS_MASTER"] = is_master
        if last_accessed is not UNSET:
            field_dict["lastAccessed"] = last_accessed
        if login_type is not UNSET:
            field_dict["LOGIN_TYPE"] = login_type
        if paper_user_name is not UNSET:
            field_dict["PAPER_USER_NAME"] = paper_user_name
        if features is not UNSET:
            field_dict["features"] = features
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sso_features import SsoFeatures  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        user_id = _source.pop("USER_ID", UNSET)

        user_name = _source.pop("USER_NAME", UNSET)

        result = _source.pop("RESULT", UNSET)

        auth_time = _source.pop("AUTH_TIME", UNSET)

        sf_enabled = _source.pop("SF_ENABLED", UNSET)

        is_free_trial = _source.pop("IS_FREE_TRIAL", UNSET)

        credential = _source.pop("CREDENTIAL", UNSET)

        ip = _source.pop("IP", UNSET)

        expires = _source.pop("EXPIRES", UNSET)

        def _parse_qualified_for_mobile_auth(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        qualified_for_mobile_auth = _parse_qualified_for_mobile_auth(
            _source.pop("QUALIFIED_FOR_MOBILE_AUTH", UNSET)
        )

        landing_app = _source.pop("LANDING_APP", UNSET)

        is_master = _source.pop("IS_MASTER", UNSET)

        last_accessed = _source.pop("lastAccessed", UNSET)

        login_type = _source.pop("LOGIN_TYPE", UNSET)

        paper_user_name = _source.pop("PAPER_USER_NAME", UNSET)

        _features = _source.pop("features", UNSET)
        features: SsoFeatures | Unset
        if isinstance(_features, Unset):
            features = UNSET
        else:
            features = SsoFeatures.from_dict(_features)

        region = _source.pop("region", UNSET)

        _model = cls(
            user_id=user_id,
            user_name=user_name,
            result=result,
            auth_time=auth_time,
            sf_enabled=sf_enabled,
            is_free_trial=is_free_trial,
            credential=credential,
            ip=ip,
            expires=expires,
            qualified_for_mobile_auth=qualified_for_mobile_auth,
            landing_app=landing_app,
            is_master=is_master,
            last_accessed=last_accessed,
            login_type=login_type,
            paper_user_name=paper_user_name,
            features=features,
            region=region,
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
