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
        user_id (int | None | Unset): Internal user id.
        user_name (None | str | Unset): User name of the session.
        result (bool | None | Unset): True when the session was validated.
        auth_time (int | None | Unset): Time of authentication, epoch milliseconds.
        sf_enabled (bool | None | Unset): Internal use.
        is_free_trial (bool | None | Unset): Trial account (true) or funded account (false).
        credential (None | str | Unset): Underlying user name of the account.
        ip (None | str | Unset): Internal use; not the user's IP address.
        expires (int | None | Unset): Milliseconds until the session expires.
        qualified_for_mobile_auth (bool | None | Unset): Whether the user needs two-factor authentication.
        landing_app (None | str | Unset): Client Portal landing application (internal use).
        is_master (bool | None | Unset): Master account (true) or sub-account (false).
        last_accessed (int | None | Unset): Last access, epoch milliseconds.
        login_type (int | None | Unset): 1 for a live login, 2 for a paper login. Documented as `loginType`; the example
            and servers use LOGIN_TYPE.
        paper_user_name (None | str | Unset): Paper trading user name of the account.
        features (None | SsoFeatures | Unset):
        region (None | str | Unset): Region of the server (in the documentation example, not in the field list).
    """

    user_id: int | None | Unset = UNSET
    user_name: None | str | Unset = UNSET
    result: bool | None | Unset = UNSET
    auth_time: int | None | Unset = UNSET
    sf_enabled: bool | None | Unset = UNSET
    is_free_trial: bool | None | Unset = UNSET
    credential: None | str | Unset = UNSET
    ip: None | str | Unset = UNSET
    expires: int | None | Unset = UNSET
    qualified_for_mobile_auth: bool | None | Unset = UNSET
    landing_app: None | str | Unset = UNSET
    is_master: bool | None | Unset = UNSET
    last_accessed: int | None | Unset = UNSET
    login_type: int | None | Unset = UNSET
    paper_user_name: None | str | Unset = UNSET
    features: None | SsoFeatures | Unset = UNSET
    region: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sso_features import SsoFeatures  # noqa: PLC0415

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        result: bool | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        auth_time: int | None | Unset
        if isinstance(self.auth_time, Unset):
            auth_time = UNSET
        else:
            auth_time = self.auth_time

        sf_enabled: bool | None | Unset
        if isinstance(self.sf_enabled, Unset):
            sf_enabled = UNSET
        else:
            sf_enabled = self.sf_enabled

        is_free_trial: bool | None | Unset
        if isinstance(self.is_free_trial, Unset):
            is_free_trial = UNSET
        else:
            is_free_trial = self.is_free_trial

        credential: None | str | Unset
        if isinstance(self.credential, Unset):
            credential = UNSET
        else:
            credential = self.credential

        ip: None | str | Unset
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        expires: int | None | Unset
        if isinstance(self.expires, Unset):
            expires = UNSET
        else:
            expires = self.expires

        qualified_for_mobile_auth: bool | None | Unset
        if isinstance(self.qualified_for_mobile_auth, Unset):
            qualified_for_mobile_auth = UNSET
        else:
            qualified_for_mobile_auth = self.qualified_for_mobile_auth

        landing_app: None | str | Unset
        if isinstance(self.landing_app, Unset):
            landing_app = UNSET
        else:
            landing_app = self.landing_app

        is_master: bool | None | Unset
        if isinstance(self.is_master, Unset):
            is_master = UNSET
        else:
            is_master = self.is_master

        last_accessed: int | None | Unset
        if isinstance(self.last_accessed, Unset):
            last_accessed = UNSET
        else:
            last_accessed = self.last_accessed

        login_type: int | None | Unset
        if isinstance(self.login_type, Unset):
            login_type = UNSET
        else:
            login_type = self.login_type

        paper_user_name: None | str | Unset
        if isinstance(self.paper_user_name, Unset):
            paper_user_name = UNSET
        else:
            paper_user_name = self.paper_user_name

        features: dict[str, Any] | None | Unset
        if isinstance(self.features, Unset):
            features = UNSET
        elif isinstance(self.features, SsoFeatures):
            features = self.features.to_dict()
        else:
            features = self.features

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
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

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(_source.pop("USER_ID", UNSET))

        def _parse_user_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_name = _parse_user_name(_source.pop("USER_NAME", UNSET))

        def _parse_result(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        result = _parse_result(_source.pop("RESULT", UNSET))

        def _parse_auth_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        auth_time = _parse_auth_time(_source.pop("AUTH_TIME", UNSET))

        def _parse_sf_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sf_enabled = _parse_sf_enabled(_source.pop("SF_ENABLED", UNSET))

        def _parse_is_free_trial(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_free_trial = _parse_is_free_trial(_source.pop("IS_FREE_TRIAL", UNSET))

        def _parse_credential(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credential = _parse_credential(_source.pop("CREDENTIAL", UNSET))

        def _parse_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip = _parse_ip(_source.pop("IP", UNSET))

        def _parse_expires(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires = _parse_expires(_source.pop("EXPIRES", UNSET))

        def _parse_qualified_for_mobile_auth(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        qualified_for_mobile_auth = _parse_qualified_for_mobile_auth(
            _source.pop("QUALIFIED_FOR_MOBILE_AUTH", UNSET)
        )

        def _parse_landing_app(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        landing_app = _parse_landing_app(_source.pop("LANDING_APP", UNSET))

        def _parse_is_master(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_master = _parse_is_master(_source.pop("IS_MASTER", UNSET))

        def _parse_last_accessed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_accessed = _parse_last_accessed(_source.pop("lastAccessed", UNSET))

        def _parse_login_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        login_type = _parse_login_type(_source.pop("LOGIN_TYPE", UNSET))

        def _parse_paper_user_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        paper_user_name = _parse_paper_user_name(_source.pop("PAPER_USER_NAME", UNSET))

        def _parse_features(data: object) -> None | SsoFeatures | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                features_type_0 = SsoFeatures.from_dict(data)

                return features_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SsoFeatures | Unset, data)

        features = _parse_features(_source.pop("features", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(_source.pop("region", UNSET))

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
