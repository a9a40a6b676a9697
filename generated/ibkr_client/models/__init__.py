"""Contains all the data models used in inputs/outputs"""

from .account_parent import AccountParent
from .account_pnl_entry import AccountPnlEntry
from .account_pnl_partitioned import AccountPnlPartitioned
from .account_pnl_partitioned_upnl_type_0 import AccountPnlPartitionedUpnlType0
from .account_properties import AccountProperties
from .account_summary import AccountSummary
from .account_summary_available_funds import AccountSummaryAvailableFunds
from .account_summary_available_funds_segment import AccountSummaryAvailableFundsSegment
from .account_summary_balances import AccountSummaryBalances
from .account_summary_balances_segment import AccountSummaryBalancesSegment
from .account_summary_cash_balance import AccountSummaryCashBalance
from .account_summary_margins import AccountSummaryMargins
from .account_summary_margins_segment import AccountSummaryMarginsSegment
from .account_summary_market_value import AccountSummaryMarketValue
from .account_summary_market_value_currency import AccountSummaryMarketValueCurrency
from .alert_action_result import AlertActionResult
from .alert_activation_request import AlertActivationRequest
from .alert_condition import AlertCondition
from .alert_condition_request import AlertConditionRequest
from .alert_condition_type import AlertConditionType
from .alert_details import AlertDetails
from .alert_flag import AlertFlag
from .alert_logic_bind import AlertLogicBind
from .alert_query_type import AlertQueryType
from .alert_request import AlertRequest
from .alert_submission import AlertSubmission
from .alert_summary import AlertSummary
from .alert_tif import AlertTif
from .allocatable_account import AllocatableAccount
from .allocatable_accounts import AllocatableAccounts
from .allocation_balance import AllocationBalance
from .allocation_balance_key import AllocationBalanceKey
from .allocation_group import AllocationGroup
from .allocation_group_change import AllocationGroupChange
from .allocation_group_list import AllocationGroupList
from .allocation_group_member import AllocationGroupMember
from .allocation_group_member_change import AllocationGroupMemberChange
from .allocation_group_name import AllocationGroupName
from .allocation_group_new import AllocationGroupNew
from .allocation_group_summary import AllocationGroupSummary
from .allocation_method import AllocationMethod
from .allocation_presets import AllocationPresets
from .allocation_presets_change import AllocationPresetsChange
from .allocation_success import AllocationSuccess
from .allowed_features import AllowedFeatures
from .auth_status import AuthStatus
from .bond_filter import BondFilter
from .bond_filter_option import BondFilterOption
from .bond_filter_symbol import BondFilterSymbol
from .bond_filters import BondFilters
from .bond_issuer import BondIssuer
from .brokerage_accounts import BrokerageAccounts
from .brokerage_accounts_acct_props_type_0 import BrokerageAccountsAcctPropsType0
from .brokerage_accounts_aliases_type_0 import BrokerageAccountsAliasesType0
from .brokerage_accounts_chart_periods_type_0 import BrokerageAccountsChartPeriodsType0
from .cancel_order_acknowledgement import CancelOrderAcknowledgement
from .clearing_status import ClearingStatus
from .contract_algo import ContractAlgo
from .contract_algo_flag import ContractAlgoFlag
from .contract_algo_parameter import ContractAlgoParameter
from .contract_algos import ContractAlgos
from .contract_display_rule import ContractDisplayRule
from .contract_display_rule_step import ContractDisplayRuleStep
from .contract_increment_rule import ContractIncrementRule
from .contract_info import ContractInfo
from .contract_info_and_rules import ContractInfoAndRules
from .contract_info_camel_case import ContractInfoCamelCase
from .contract_rules import ContractRules
from .contract_rules_order_defaults_type_0 import ContractRulesOrderDefaultsType0
from .contract_rules_order_defaults_type_0_additional_property import (
    ContractRulesOrderDefaultsType0AdditionalProperty,
)
from .contract_rules_request import ContractRulesRequest
from .contract_tif_defaults import ContractTifDefaults
from .contract_trading_day import ContractTradingDay
from .contract_trading_hours import ContractTradingHours
from .contract_trading_schedule import ContractTradingSchedule
from .contract_trading_schedule_schedules_type_0 import (
    ContractTradingScheduleSchedulesType0,
)
from .currency_pair import CurrencyPair
from .currency_pairs_by_currency import CurrencyPairsByCurrency
from .dynamic_account_match import DynamicAccountMatch
from .dynamic_account_search import DynamicAccountSearch
from .dynamic_account_selection import DynamicAccountSelection
from .dynamic_account_set import DynamicAccountSet
from .error_message import ErrorMessage
from .error_with_status_code import ErrorWithStatusCode
from .event_category import EventCategory
from .event_category_tree import EventCategoryTree
from .event_contract import EventContract
from .event_contract_right import EventContractRight
from .event_contracts import EventContracts
from .event_market import EventMarket
from .event_trading_hours import EventTradingHours
from .exchange_contract import ExchangeContract
from .exchange_rate import ExchangeRate
from .flex_version import FlexVersion
from .forecast_category import ForecastCategory
from .forecast_category_tree import ForecastCategoryTree
from .forecast_category_tree_categories_type_0 import (
    ForecastCategoryTreeCategoriesType0,
)
from .forecast_contract_details import ForecastContractDetails
from .forecast_contract_rules import ForecastContractRules
from .forecast_contract_schedules import ForecastContractSchedules
from .forecast_market import ForecastMarket
from .forecast_market_contract import ForecastMarketContract
from .forecast_market_ref import ForecastMarketRef
from .forecast_side import ForecastSide
from .forecast_trading_day import ForecastTradingDay
from .forecast_trading_time import ForecastTradingTime
from .future_contract import FutureContract
from .futures_by_symbol import FuturesBySymbol
from .fyi_acknowledgement import FyiAcknowledgement
from .fyi_delivery_options import FyiDeliveryOptions
from .fyi_device import FyiDevice
from .fyi_device_change import FyiDeviceChange
from .fyi_disclaimer import FyiDisclaimer
from .fyi_notification import FyiNotification
from .fyi_notification_read_result import FyiNotificationReadResult
from .fyi_notification_read_status import FyiNotificationReadStatus
from .fyi_setting import FyiSetting
from .fyi_subscription_change import FyiSubscriptionChange
from .fyi_typecode import FyiTypecode
from .fyi_unread_count import FyiUnreadCount
from .hmds_bar import HmdsBar
from .hmds_bar_type import HmdsBarType
from .hmds_direction import HmdsDirection
from .hmds_history import HmdsHistory
from .hmds_scanner_contract import HmdsScannerContract
from .hmds_scanner_contract_list import HmdsScannerContractList
from .hmds_scanner_filter import HmdsScannerFilter
from .hmds_scanner_location import HmdsScannerLocation
from .hmds_scanner_location_group import HmdsScannerLocationGroup
from .hmds_scanner_parameters import HmdsScannerParameters
from .hmds_scanner_result import HmdsScannerResult
from .hmds_scanner_run_request import HmdsScannerRunRequest
from .hmds_status import HmdsStatus
from .hmds_status_auth_status_type_0 import HmdsStatusAuthStatusType0
from .iserver_status import IserverStatus
from .live_order import LiveOrder
from .live_orders import LiveOrders
from .logout_response import LogoutResponse
from .market_data_bar import MarketDataBar
from .market_data_field_id import MarketDataFieldId
from .market_data_history import MarketDataHistory
from .market_data_history_bar import MarketDataHistoryBar
from .market_data_snapshot import MarketDataSnapshot
from .market_data_unsubscribe_all_result import MarketDataUnsubscribeAllResult
from .market_data_unsubscribe_request import MarketDataUnsubscribeRequest
from .market_data_unsubscribe_result import MarketDataUnsubscribeResult
from .o_auth_access_token import OAuthAccessToken
from .o_auth_access_token_parameters import OAuthAccessTokenParameters
from .o_auth_live_session_token import OAuthLiveSessionToken
from .o_auth_live_session_token_parameters import OAuthLiveSessionTokenParameters
from .o_auth_realm import OAuthRealm
from .o_auth_request_token import OAuthRequestToken
from .o_auth_request_token_parameters import OAuthRequestTokenParameters
from .o_auth_signature_method import OAuthSignatureMethod
from .order_acknowledgement import OrderAcknowledgement
from .order_preview import OrderPreview
from .order_preview_amount import OrderPreviewAmount
from .order_preview_change import OrderPreviewChange
from .order_prompt import OrderPrompt
from .order_question import OrderQuestion
from .order_rejection import OrderRejection
from .order_reply_request import OrderReplyRequest
from .order_request import OrderRequest
from .order_request_strategy_parameters import OrderRequestStrategyParameters
from .order_side import OrderSide
from .order_status import OrderStatus
from .order_status_detail import OrderStatusDetail
from .order_status_filter import OrderStatusFilter
from .order_time_in_force import OrderTimeInForce
from .order_type import OrderType
from .pa_all_periods import PaAllPeriods
from .pa_all_periods_account import PaAllPeriodsAccount
from .pa_all_periods_period import PaAllPeriodsPeriod
from .pa_all_periods_request import PaAllPeriodsRequest
from .pa_nav_data import PaNavData
from .pa_nav_series import PaNavSeries
from .pa_performance import PaPerformance
from .pa_performance_period import PaPerformancePeriod
from .pa_performance_request import PaPerformanceRequest
from .pa_pnl_side import PaPnlSide
from .pa_realized_pnl import PaRealizedPnl
from .pa_realized_pnl_entry import PaRealizedPnlEntry
from .pa_return_data import PaReturnData
from .pa_return_series import PaReturnSeries
from .pa_start_nav import PaStartNav
from .pa_transaction import PaTransaction
from .pa_transactions import PaTransactions
from .pa_transactions_request import PaTransactionsRequest
from .place_orders_request import PlaceOrdersRequest
from .portfolio_account import PortfolioAccount
from .portfolio_allocation import PortfolioAllocation
from .portfolio_allocation_request import PortfolioAllocationRequest
from .portfolio_allocation_split import PortfolioAllocationSplit
from .portfolio_allocation_values import PortfolioAllocationValues
from .portfolio_cache_invalidated import PortfolioCacheInvalidated
from .portfolio_combo_leg import PortfolioComboLeg
from .portfolio_combo_position import PortfolioComboPosition
from .portfolio_display_rule import PortfolioDisplayRule
from .portfolio_display_rule_step import PortfolioDisplayRuleStep
from .portfolio_increment_rule import PortfolioIncrementRule
from .portfolio_invalidate_cache_request import PortfolioInvalidateCacheRequest
from .portfolio_ledger import PortfolioLedger
from .portfolio_ledger_entry import PortfolioLedgerEntry
from .portfolio_position import PortfolioPosition
from .portfolio_positions_by_account import PortfolioPositionsByAccount
from .portfolio_realtime_position import PortfolioRealtimePosition
from .portfolio_sort_direction import PortfolioSortDirection
from .portfolio_subaccounts_page import PortfolioSubaccountsPage
from .portfolio_subaccounts_page_metadata import PortfolioSubaccountsPageMetadata
from .portfolio_summary import PortfolioSummary
from .portfolio_summary_item import PortfolioSummaryItem
from .questions_suppression_status import QuestionsSuppressionStatus
from .reauthenticate_response import ReauthenticateResponse
from .regulatory_snapshot import RegulatorySnapshot
from .scanner_contract import ScannerContract
from .scanner_filter import ScannerFilter
from .scanner_filter_combo_values_type_0_item import ScannerFilterComboValuesType0Item
from .scanner_filter_combo_values_type_0_item_vendor_type_0 import (
    ScannerFilterComboValuesType0ItemVendorType0,
)
from .scanner_filter_value import ScannerFilterValue
from .scanner_instrument import ScannerInstrument
from .scanner_location import ScannerLocation
from .scanner_parameters import ScannerParameters
from .scanner_run_request import ScannerRunRequest
from .scanner_run_result import ScannerRunResult
from .scanner_type import ScannerType
from .schedule_asset_class import ScheduleAssetClass
from .secdef_info import SecdefInfo
from .secdef_right import SecdefRight
from .secdef_schedule_day import SecdefScheduleDay
from .secdef_schedule_session import SecdefScheduleSession
from .secdef_schedule_trading_time import SecdefScheduleTradingTime
from .secdef_schedule_venue import SecdefScheduleVenue
from .secdef_search_request import SecdefSearchRequest
from .secdef_search_result import SecdefSearchResult
from .secdef_search_sec_type import SecdefSearchSecType
from .secdef_search_section import SecdefSearchSection
from .secdef_strikes import SecdefStrikes
from .server_info import ServerInfo
from .server_prompt_response import ServerPromptResponse
from .signature_applicant import SignatureApplicant
from .signature_entity import SignatureEntity
from .signature_entity_type import SignatureEntityType
from .signature_user import SignatureUser
from .signatures_and_owners import SignaturesAndOwners
from .sso_features import SsoFeatures
from .sso_validation import SsoValidation
from .ssodh_init_request import SsodhInitRequest
from .stock_company import StockCompany
from .stock_contract import StockContract
from .stocks_by_symbol import StocksBySymbol
from .suppress_questions_request import SuppressQuestionsRequest
from .suppressible_message_id import SuppressibleMessageId
from .switch_account_request import SwitchAccountRequest
from .switch_account_result import SwitchAccountResult
from .tickle_response import TickleResponse
from .trade_execution import TradeExecution
from .trailing_type import TrailingType
from .trsrv_secdef import TrsrvSecdef
from .trsrv_secdef_response import TrsrvSecdefResponse
from .watchlist import Watchlist
from .watchlist_deleted import WatchlistDeleted
from .watchlist_deletion import WatchlistDeletion
from .watchlist_instrument import WatchlistInstrument
from .watchlist_list_item import WatchlistListItem
from .watchlist_listing import WatchlistListing
from .watchlist_listing_data import WatchlistListingData
from .watchlist_new import WatchlistNew
from .watchlist_row_new import WatchlistRowNew
from .watchlist_scope import WatchlistScope
from .ws_account_summary_args import WsAccountSummaryArgs
from .ws_account_summary_entry import WsAccountSummaryEntry
from .ws_account_summary_message import WsAccountSummaryMessage
from .ws_accounts_message import WsAccountsMessage
from .ws_auth_status import WsAuthStatus
from .ws_auth_status_message import WsAuthStatusMessage
from .ws_bulletin import WsBulletin
from .ws_bulletin_message import WsBulletinMessage
from .ws_error_message import WsErrorMessage
from .ws_exercise_choice import WsExerciseChoice
from .ws_exercise_data import WsExerciseData
from .ws_exercise_flags import WsExerciseFlags
from .ws_exercise_input import WsExerciseInput
from .ws_exercise_input_args import WsExerciseInputArgs
from .ws_exercise_message import WsExerciseMessage
from .ws_exercise_message_topic import WsExerciseMessageTopic
from .ws_exercise_request import WsExerciseRequest
from .ws_exercise_start_args import WsExerciseStartArgs
from .ws_historical_data_args import WsHistoricalDataArgs
from .ws_historical_data_message import WsHistoricalDataMessage
from .ws_ledger_args import WsLedgerArgs
from .ws_ledger_entry import WsLedgerEntry
from .ws_ledger_message import WsLedgerMessage
from .ws_market_data_args import WsMarketDataArgs
from .ws_market_data_message import WsMarketDataMessage
from .ws_no_args import WsNoArgs
from .ws_notification import WsNotification
from .ws_notification_message import WsNotificationMessage
from .ws_orders_message import WsOrdersMessage
from .ws_pnl_entry import WsPnlEntry
from .ws_pnl_message import WsPnlMessage
from .ws_pnl_message_args import WsPnlMessageArgs
from .ws_price_ladder_message import WsPriceLadderMessage
from .ws_price_ladder_row import WsPriceLadderRow
from .ws_system_message import WsSystemMessage
from .ws_tic_reply import WsTicReply
from .ws_trades_args import WsTradesArgs
from .ws_trades_message import WsTradesMessage
from .ws_unsubscribed_message import WsUnsubscribedMessage
from .ws_waiting_for_session import WsWaitingForSession

__all__ = (
    "AccountParent",
    "AccountPnlEntry",
    "AccountPnlPartitioned",
    "AccountPnlPartitionedUpnlType0",
    "AccountProperties",
    "AccountSummary",
    "AccountSummaryAvailableFunds",
    "AccountSummaryAvailableFundsSegment",
    "AccountSummaryBalances",
    "AccountSummaryBalancesSegment",
    "AccountSummaryCashBalance",
    "AccountSummaryMargins",
    "AccountSummaryMarginsSegment",
    "AccountSummaryMarketValue",
    "AccountSummaryMarketValueCurrency",
    "AlertActionResult",
    "AlertActivationRequest",
    "AlertCondition",
    "AlertConditionRequest",
    "AlertConditionType",
    "AlertDetails",
    "AlertFlag",
    "AlertLogicBind",
    "AlertQueryType",
    "AlertRequest",
    "AlertSubmission",
    "AlertSummary",
    "AlertTif",
    "AllocatableAccount",
    "AllocatableAccounts",
    "AllocationBalance",
    "AllocationBalanceKey",
    "AllocationGroup",
    "AllocationGroupChange",
    "AllocationGroupList",
    "AllocationGroupMember",
    "AllocationGroupMemberChange",
    "AllocationGroupName",
    "AllocationGroupNew",
    "AllocationGroupSummary",
    "AllocationMethod",
    "AllocationPresets",
    "AllocationPresetsChange",
    "AllocationSuccess",
    "AllowedFeatures",
    "AuthStatus",
    "BondFilter",
    "BondFilterOption",
    "BondFilters",
    "BondFilterSymbol",
    "BondIssuer",
    "BrokerageAccounts",
    "BrokerageAccountsAcctPropsType0",
    "BrokerageAccountsAliasesType0",
    "BrokerageAccountsChartPeriodsType0",
    "CancelOrderAcknowledgement",
    "ClearingStatus",
    "ContractAlgo",
    "ContractAlgoFlag",
    "ContractAlgoParameter",
    "ContractAlgos",
    "ContractDisplayRule",
    "ContractDisplayRuleStep",
    "ContractIncrementRule",
    "ContractInfo",
    "ContractInfoAndRules",
    "ContractInfoCamelCase",
    "ContractRules",
    "ContractRulesOrderDefaultsType0",
    "ContractRulesOrderDefaultsType0AdditionalProperty",
    "ContractRulesRequest",
    "ContractTifDefaults",
    "ContractTradingDay",
    "ContractTradingHours",
    "ContractTradingSchedule",
    "ContractTradingScheduleSchedulesType0",
    "CurrencyPair",
    "CurrencyPairsByCurrency",
    "DynamicAccountMatch",
    "DynamicAccountSearch",
    "DynamicAccountSelection",
    "DynamicAccountSet",
    "ErrorMessage",
    "ErrorWithStatusCode",
    "EventCategory",
    "EventCategoryTree",
    "EventContract",
    "EventContractRight",
    "EventContracts",
    "EventMarket",
    "EventTradingHours",
    "ExchangeContract",
    "ExchangeRate",
    "FlexVersion",
    "ForecastCategory",
    "ForecastCategoryTree",
    "ForecastCategoryTreeCategoriesType0",
    "ForecastContractDetails",
    "ForecastContractRules",
    "ForecastContractSchedules",
    "ForecastMarket",
    "ForecastMarketContract",
    "ForecastMarketRef",
    "ForecastSide",
    "ForecastTradingDay",
    "ForecastTradingTime",
    "FutureContract",
    "FuturesBySymbol",
    "FyiAcknowledgement",
    "FyiDeliveryOptions",
    "FyiDevice",
    "FyiDeviceChange",
    "FyiDisclaimer",
    "FyiNotification",
    "FyiNotificationReadResult",
    "FyiNotificationReadStatus",
    "FyiSetting",
    "FyiSubscriptionChange",
    "FyiTypecode",
    "FyiUnreadCount",
    "HmdsBar",
    "HmdsBarType",
    "HmdsDirection",
    "HmdsHistory",
    "HmdsScannerContract",
    "HmdsScannerContractList",
    "HmdsScannerFilter",
    "HmdsScannerLocation",
    "HmdsScannerLocationGroup",
    "HmdsScannerParameters",
    "HmdsScannerResult",
    "HmdsScannerRunRequest",
    "HmdsStatus",
    "HmdsStatusAuthStatusType0",
    "IserverStatus",
    "LiveOrder",
    "LiveOrders",
    "LogoutResponse",
    "MarketDataBar",
    "MarketDataFieldId",
    "MarketDataHistory",
    "MarketDataHistoryBar",
    "MarketDataSnapshot",
    "MarketDataUnsubscribeAllResult",
    "MarketDataUnsubscribeRequest",
    "MarketDataUnsubscribeResult",
    "OAuthAccessToken",
    "OAuthAccessTokenParameters",
    "OAuthLiveSessionToken",
    "OAuthLiveSessionTokenParameters",
    "OAuthRealm",
    "OAuthRequestToken",
    "OAuthRequestTokenParameters",
    "OAuthSignatureMethod",
    "OrderAcknowledgement",
    "OrderPreview",
    "OrderPreviewAmount",
    "OrderPreviewChange",
    "OrderPrompt",
    "OrderQuestion",
    "OrderRejection",
    "OrderReplyRequest",
    "OrderRequest",
    "OrderRequestStrategyParameters",
    "OrderSide",
    "OrderStatus",
    "OrderStatusDetail",
    "OrderStatusFilter",
    "OrderTimeInForce",
    "OrderType",
    "PaAllPeriods",
    "PaAllPeriodsAccount",
    "PaAllPeriodsPeriod",
    "PaAllPeriodsRequest",
    "PaNavData",
    "PaNavSeries",
    "PaPerformance",
    "PaPerformancePeriod",
    "PaPerformanceRequest",
    "PaPnlSide",
    "PaRealizedPnl",
    "PaRealizedPnlEntry",
    "PaReturnData",
    "PaReturnSeries",
    "PaStartNav",
    "PaTransaction",
    "PaTransactions",
    "PaTransactionsRequest",
    "PlaceOrdersRequest",
    "PortfolioAccount",
    "PortfolioAllocation",
    "PortfolioAllocationRequest",
    "PortfolioAllocationSplit",
    "PortfolioAllocationValues",
    "PortfolioCacheInvalidated",
    "PortfolioComboLeg",
    "PortfolioComboPosition",
    "PortfolioDisplayRule",
    "PortfolioDisplayRuleStep",
    "PortfolioIncrementRule",
    "PortfolioInvalidateCacheRequest",
    "PortfolioLedger",
    "PortfolioLedgerEntry",
    "PortfolioPosition",
    "PortfolioPositionsByAccount",
    "PortfolioRealtimePosition",
    "PortfolioSortDirection",
    "PortfolioSubaccountsPage",
    "PortfolioSubaccountsPageMetadata",
    "PortfolioSummary",
    "PortfolioSummaryItem",
    "QuestionsSuppressionStatus",
    "ReauthenticateResponse",
    "RegulatorySnapshot",
    "ScannerContract",
    "ScannerFilter",
    "ScannerFilterComboValuesType0Item",
    "ScannerFilterComboValuesType0ItemVendorType0",
    "ScannerFilterValue",
    "ScannerInstrument",
    "ScannerLocation",
    "ScannerParameters",
    "ScannerRunRequest",
    "ScannerRunResult",
    "ScannerType",
    "ScheduleAssetClass",
    "SecdefInfo",
    "SecdefRight",
    "SecdefScheduleDay",
    "SecdefScheduleSession",
    "SecdefScheduleTradingTime",
    "SecdefScheduleVenue",
    "SecdefSearchRequest",
    "SecdefSearchResult",
    "SecdefSearchSection",
    "SecdefSearchSecType",
    "SecdefStrikes",
    "ServerInfo",
    "ServerPromptResponse",
    "SignatureApplicant",
    "SignatureEntity",
    "SignatureEntityType",
    "SignaturesAndOwners",
    "SignatureUser",
    "SsodhInitRequest",
    "SsoFeatures",
    "SsoValidation",
    "StockCompany",
    "StockContract",
    "StocksBySymbol",
    "SuppressibleMessageId",
    "SuppressQuestionsRequest",
    "SwitchAccountRequest",
    "SwitchAccountResult",
    "TickleResponse",
    "TradeExecution",
    "TrailingType",
    "TrsrvSecdef",
    "TrsrvSecdefResponse",
    "Watchlist",
    "WatchlistDeleted",
    "WatchlistDeletion",
    "WatchlistInstrument",
    "WatchlistListing",
    "WatchlistListingData",
    "WatchlistListItem",
    "WatchlistNew",
    "WatchlistRowNew",
    "WatchlistScope",
    "WsAccountsMessage",
    "WsAccountSummaryArgs",
    "WsAccountSummaryEntry",
    "WsAccountSummaryMessage",
    "WsAuthStatus",
    "WsAuthStatusMessage",
    "WsBulletin",
    "WsBulletinMessage",
    "WsErrorMessage",
    "WsExerciseChoice",
    "WsExerciseData",
    "WsExerciseFlags",
    "WsExerciseInput",
    "WsExerciseInputArgs",
    "WsExerciseMessage",
    "WsExerciseMessageTopic",
    "WsExerciseRequest",
    "WsExerciseStartArgs",
    "WsHistoricalDataArgs",
    "WsHistoricalDataMessage",
    "WsLedgerArgs",
    "WsLedgerEntry",
    "WsLedgerMessage",
    "WsMarketDataArgs",
    "WsMarketDataMessage",
    "WsNoArgs",
    "WsNotification",
    "WsNotificationMessage",
    "WsOrdersMessage",
    "WsPnlEntry",
    "WsPnlMessage",
    "WsPnlMessageArgs",
    "WsPriceLadderMessage",
    "WsPriceLadderRow",
    "WsSystemMessage",
    "WsTicReply",
    "WsTradesArgs",
    "WsTradesMessage",
    "WsUnsubscribedMessage",
    "WsWaitingForSession",
)
