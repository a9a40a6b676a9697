"""Contains all the data models used in inputs/outputs"""

from .account_parent import AccountParent
from .account_properties import AccountProperties
from .allowed_features import AllowedFeatures
from .auth_status import AuthStatus
from .brokerage_accounts import BrokerageAccounts
from .brokerage_accounts_acct_props import BrokerageAccountsAcctProps
from .brokerage_accounts_aliases import BrokerageAccountsAliases
from .brokerage_accounts_chart_periods import BrokerageAccountsChartPeriods
from .clearing_status import ClearingStatus
from .error_message import ErrorMessage
from .error_with_status_code import ErrorWithStatusCode
from .hmds_status import HmdsStatus
from .iserver_status import IserverStatus
from .logout_response import LogoutResponse
from .portfolio_account import PortfolioAccount
from .reauthenticate_response import ReauthenticateResponse
from .server_info import ServerInfo
from .sso_features import SsoFeatures
from .sso_validation import SsoValidation
from .ssodh_init_request import SsodhInitRequest
from .tickle_response import TickleResponse

__all__ = (
    "AccountParent",
    "AccountProperties",
    "AllowedFeatures",
    "AuthStatus",
    "BrokerageAccounts",
    "BrokerageAccountsAcctProps",
    "BrokerageAccountsAliases",
    "BrokerageAccountsChartPeriods",
    "ClearingStatus",
    "ErrorMessage",
    "ErrorWithStatusCode",
    "HmdsStatus",
    "IserverStatus",
    "LogoutResponse",
    "PortfolioAccount",
    "ReauthenticateResponse",
    "ServerInfo",
    "SsodhInitRequest",
    "SsoFeatures",
    "SsoValidation",
    "TickleResponse",
)
