"""Contains all the data models used in inputs/outputs"""

from .account_data import AccountData
from .account_data_capabilities import AccountDataCapabilities
from .account_data_dividend_reinvestment import AccountDataDividendReinvestment
from .account_data_fee_template import AccountDataFeeTemplate
from .account_data_mailing import AccountDataMailing
from .account_data_registered_address import AccountDataRegisteredAddress
from .account_data_stock_yield_program import AccountDataStockYieldProgram
from .account_data_tax_ids_item import AccountDataTaxIdsItem
from .account_data_tax_treaty_details_item import AccountDataTaxTreatyDetailsItem
from .account_details_response import AccountDetailsResponse
from .account_details_response_decedents_item import AccountDetailsResponseDecedentsItem
from .account_details_response_financial_information import (
    AccountDetailsResponseFinancialInformation,
)
from .account_details_response_financial_information_additional_property import (
    AccountDetailsResponseFinancialInformationAdditionalProperty,
)
from .account_details_response_market_data_item import (
    AccountDetailsResponseMarketDataItem,
)
from .account_details_response_sources_of_wealth_item import (
    AccountDetailsResponseSourcesOfWealthItem,
)
from .account_details_response_sources_of_wealth_item_additional_property import (
    AccountDetailsResponseSourcesOfWealthItemAdditionalProperty,
)
from .account_details_response_with_holding_statement import (
    AccountDetailsResponseWithHoldingStatement,
)
from .account_parent import AccountParent
from .account_pnl_entry import AccountPnlEntry
from .account_pnl_partitioned import AccountPnlPartitioned
from .account_pnl_partitioned_upnl import AccountPnlPartitionedUpnl
from .account_properties import AccountProperties
from .account_status_bulk_response import AccountStatusBulkResponse
from .account_status_response import AccountStatusResponse
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
from .ach_instruction import AchInstruction
from .ach_instruction_ach_type import AchInstructionAchType
from .ach_instruction_bank_instruction_code import AchInstructionBankInstructionCode
from .ach_instruction_client_account_info import AchInstructionClientAccountInfo
from .ach_instruction_client_account_info_bank_account_type_code import (
    AchInstructionClientAccountInfoBankAccountTypeCode,
)
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
from .am_request_status_response import AmRequestStatusResponse
from .answer_response import AnswerResponse
from .array_node import ArrayNode
from .associated_entity import AssociatedEntity
from .associated_entity_identity_documents_item import (
    AssociatedEntityIdentityDocumentsItem,
)
from .associated_entity_mailing import AssociatedEntityMailing
from .associated_entity_phones import AssociatedEntityPhones
from .associated_entity_residence import AssociatedEntityResidence
from .associated_entity_tax_treaty_details_item import (
    AssociatedEntityTaxTreatyDetailsItem,
)
from .associated_person import AssociatedPerson
from .associated_person_employment_details import AssociatedPersonEmploymentDetails
from .associated_person_employment_details_additional_property import (
    AssociatedPersonEmploymentDetailsAdditionalProperty,
)
from .associated_person_identity_documents_item import (
    AssociatedPersonIdentityDocumentsItem,
)
from .associated_person_mailing import AssociatedPersonMailing
from .associated_person_phones import AssociatedPersonPhones
from .associated_person_residence import AssociatedPersonResidence
from .associated_person_subscribed_services_item import (
    AssociatedPersonSubscribedServicesItem,
)
from .associated_person_subscribed_services_item_additional_property import (
    AssociatedPersonSubscribedServicesItemAdditionalProperty,
)
from .associated_person_tax_treaty_details_item import (
    AssociatedPersonTaxTreatyDetailsItem,
)
from .asynchronous_instruction_response import AsynchronousInstructionResponse
from .asynchronous_instruction_set_response import AsynchronousInstructionSetResponse
from .asynchronous_instruction_set_response_instruction_results_item import (
    AsynchronousInstructionSetResponseInstructionResultsItem,
)
from .au_10_tix_detail_response import Au10TixDetailResponse
from .auth_status import AuthStatus
from .available_statement_dates_data import AvailableStatementDatesData
from .available_statement_dates_data_value import AvailableStatementDatesDataValue
from .available_statement_dates_data_value_daily import (
    AvailableStatementDatesDataValueDaily,
)
from .available_tax_forms_data import AvailableTaxFormsData
from .available_tax_forms_data_value import AvailableTaxFormsDataValue
from .bond_filter import BondFilter
from .bond_filter_option import BondFilterOption
from .bond_filter_symbol import BondFilterSymbol
from .bond_filters import BondFilters
from .bond_issuer import BondIssuer
from .brokerage_accounts import BrokerageAccounts
from .brokerage_accounts_acct_props import BrokerageAccountsAcctProps
from .brokerage_accounts_aliases import BrokerageAccountsAliases
from .brokerage_accounts_chart_periods import BrokerageAccountsChartPeriods
from .bulk_multi_status_response import BulkMultiStatusResponse
from .cancel_instruction import CancelInstruction
from .cancel_instruction_request import CancelInstructionRequest
from .cancel_instruction_request_instruction_type import (
    CancelInstructionRequestInstructionType,
)
from .cancel_instructions_in_bulk_request import CancelInstructionsInBulkRequest
from .cancel_instructions_in_bulk_request_instruction_type import (
    CancelInstructionsInBulkRequestInstructionType,
)
from .cancel_order_acknowledgement import CancelOrderAcknowledgement
from .clearing_status import ClearingStatus
from .client_assertion_claims import ClientAssertionClaims
from .complex_asset_transfer_instruction import ComplexAssetTransferInstruction
from .complex_asset_transfer_instruction_direction import (
    ComplexAssetTransferInstructionDirection,
)
from .contra_broker_info import ContraBrokerInfo
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
from .contract_rules_order_defaults import ContractRulesOrderDefaults
from .contract_rules_order_defaults_additional_property import (
    ContractRulesOrderDefaultsAdditionalProperty,
)
from .contract_rules_request import ContractRulesRequest
from .contract_tif_defaults import ContractTifDefaults
from .contract_trading_day import ContractTradingDay
from .contract_trading_hours import ContractTradingHours
from .contract_trading_schedule import ContractTradingSchedule
from .contract_trading_schedule_schedules import ContractTradingScheduleSchedules
from .create_browser_session_response import CreateBrowserSessionResponse
from .create_session_response import CreateSessionResponse
from .csv_response import CSVResponse
from .currency_pair import CurrencyPair
from .currency_pairs_by_currency import CurrencyPairsByCurrency
from .delete_bank_instruction import DeleteBankInstruction
from .delete_bank_instruction_bank_instruction_method import (
    DeleteBankInstructionBankInstructionMethod,
)
from .deposit_funds_instruction import DepositFundsInstruction
from .deposit_funds_instruction_bank_instruction_method import (
    DepositFundsInstructionBankInstructionMethod,
)
from .deposit_funds_instruction_ira_deposit_detail import (
    DepositFundsInstructionIraDepositDetail,
)
from .deposit_funds_instruction_ira_deposit_detail_from_ira_type import (
    DepositFundsInstructionIraDepositDetailFromIraType,
)
from .deposit_funds_instruction_ira_deposit_detail_ira_contribution_type import (
    DepositFundsInstructionIraDepositDetailIraContributionType,
)
from .deposit_funds_instruction_ira_deposit_detail_ira_tax_year_type import (
    DepositFundsInstructionIraDepositDetailIraTaxYearType,
)
from .deposit_funds_instruction_open_banking import DepositFundsInstructionOpenBanking
from .deposit_funds_instruction_open_banking_plaid_options import (
    DepositFundsInstructionOpenBankingPlaidOptions,
)
from .deposit_funds_instruction_open_banking_service_provider import (
    DepositFundsInstructionOpenBankingServiceProvider,
)
from .deposit_funds_polling_response import DepositFundsPollingResponse
from .deposit_funds_polling_result import DepositFundsPollingResult
from .deposit_funds_polling_result_deposit_details import (
    DepositFundsPollingResultDepositDetails,
)
from .deposit_funds_polling_result_deposit_details_open_banking import (
    DepositFundsPollingResultDepositDetailsOpenBanking,
)
from .deposit_funds_polling_result_deposit_details_open_banking_provider_response import (
    DepositFundsPollingResultDepositDetailsOpenBankingProviderResponse,
)
from .dwac_instruction import DwacInstruction
from .dwac_instruction_direction import DwacInstructionDirection
from .dynamic_account_match import DynamicAccountMatch
from .dynamic_account_search import DynamicAccountSearch
from .dynamic_account_selection import DynamicAccountSelection
from .dynamic_account_set import DynamicAccountSet
from .echo_response import EchoResponse
from .echo_response_query_parameters import EchoResponseQueryParameters
from .echo_response_request_method import EchoResponseRequestMethod
from .echo_response_security_policy import EchoResponseSecurityPolicy
from .edda_instruction import EddaInstruction
from .edda_instruction_debtor_identification_document_type import (
    EddaInstructionDebtorIdentificationDocumentType,
)
from .entity_ira_bene import EntityIRABene
from .entity_ira_bene_location import EntityIRABeneLocation
from .enumeration_response import EnumerationResponse
from .enumeration_type import EnumerationType
from .error_message import ErrorMessage
from .error_response import ErrorResponse
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
from .external_position_transfer import ExternalPositionTransfer
from .external_position_transfer_source_ira_type import (
    ExternalPositionTransferSourceIRAType,
)
from .external_position_transfer_sub_type import ExternalPositionTransferSubType
from .external_position_transfer_type import ExternalPositionTransferType
from .file_data import FileData
from .file_data_data import FileDataData
from .file_details_response import FileDetailsResponse
from .flex_version import FlexVersion
from .fop_instruction import FopInstruction
from .fop_instruction_direction import FopInstructionDirection
from .forecast_category import ForecastCategory
from .forecast_category_tree import ForecastCategoryTree
from .forecast_category_tree_categories import ForecastCategoryTreeCategories
from .forecast_contract_details import ForecastContractDetails
from .forecast_contract_rules import ForecastContractRules
from .forecast_contract_schedules import ForecastContractSchedules
from .forecast_market import ForecastMarket
from .forecast_market_contract import ForecastMarketContract
from .forecast_market_ref import ForecastMarketRef
from .forecast_side import ForecastSide
from .forecast_trading_day import ForecastTradingDay
from .forecast_trading_time import ForecastTradingTime
from .form_details import FormDetails
from .form_file_response import FormFileResponse
from .form_payload import FormPayload
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
from .get_account_tasks_type import GetAccountTasksType
from .get_available_stmt_dates_response import GetAvailableStmtDatesResponse
from .get_available_tax_forms_response import GetAvailableTaxFormsResponse
from .get_available_trade_confirmation_dates_response import (
    GetAvailableTradeConfirmationDatesResponse,
)
from .get_available_trade_confirmation_dates_response_data import (
    GetAvailableTradeConfirmationDatesResponseData,
)
from .get_broker_list_response import GetBrokerListResponse
from .get_enumeration_language import GetEnumerationLanguage
from .get_forms_projection import GetFormsProjection
from .get_invested_accounts_summary import GetInvestedAccountsSummary
from .get_invested_accounts_summary_account_list_item import (
    GetInvestedAccountsSummaryAccountListItem,
)
from .get_invested_accounts_summary_subscription_status import (
    GetInvestedAccountsSummarySubscriptionStatus,
)
from .get_model_accounts_request import GetModelAccountsRequest
from .get_model_accounts_response import GetModelAccountsResponse
from .get_model_accounts_response_account_info_list_item import (
    GetModelAccountsResponseAccountInfoListItem,
)
from .get_model_investments_request import GetModelInvestmentsRequest
from .get_model_positions_request import GetModelPositionsRequest
from .get_model_positions_request_sort_direction import (
    GetModelPositionsRequestSortDirection,
)
from .get_model_positions_request_sort_field import GetModelPositionsRequestSortField
from .get_model_presets_request import GetModelPresetsRequest
from .get_model_summary_request import GetModelSummaryRequest
from .get_participating_list_response import GetParticipatingListResponse
from .get_participating_list_response_participating_banks_item import (
    GetParticipatingListResponseParticipatingBanksItem,
)
from .get_statements_response import GetStatementsResponse
from .get_statements_response_data import GetStatementsResponseData
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
from .individual_ira_bene import IndividualIRABene
from .individual_ira_bene_identification import IndividualIRABeneIdentification
from .individual_ira_bene_location import IndividualIRABeneLocation
from .instruction_polling_response import InstructionPollingResponse
from .instruction_response import InstructionResponse
from .instruction_result import InstructionResult
from .instruction_result_instruction_status import InstructionResultInstructionStatus
from .instruction_result_instruction_type import InstructionResultInstructionType
from .internal_cash_transfer_instruction import InternalCashTransferInstruction
from .internal_position_transfer_instruction import InternalPositionTransferInstruction
from .invalid_argument import InvalidArgument
from .invest_accounts_in_model_request import InvestAccountsInModelRequest
from .invest_accounts_in_model_request_account_list_item import (
    InvestAccountsInModelRequestAccountListItem,
)
from .invest_accounts_in_model_response import InvestAccountsInModelResponse
from .iserver_status import IserverStatus
from .list_account_statuses_status import ListAccountStatusesStatus
from .list_login_messages_status import ListLoginMessagesStatus
from .list_models_request import ListModelsRequest
from .list_requests_status import ListRequestsStatus
from .live_order import LiveOrder
from .live_orders import LiveOrders
from .login_message import LoginMessage
from .login_message_response import LoginMessageResponse
from .logout_response import LogoutResponse
from .manage_bank_instruction_request import ManageBankInstructionRequest
from .manage_bank_instruction_request_instruction_type import (
    ManageBankInstructionRequestInstructionType,
)
from .manage_bank_instructions_in_bulk_request import (
    ManageBankInstructionsInBulkRequest,
)
from .manage_bank_instructions_in_bulk_request_instruction_type import (
    ManageBankInstructionsInBulkRequestInstructionType,
)
from .market_data_bar import MarketDataBar
from .market_data_field_id import MarketDataFieldId
from .market_data_history import MarketDataHistory
from .market_data_history_bar import MarketDataHistoryBar
from .market_data_snapshot import MarketDataSnapshot
from .market_data_unsubscribe_all_result import MarketDataUnsubscribeAllResult
from .market_data_unsubscribe_request import MarketDataUnsubscribeRequest
from .market_data_unsubscribe_result import MarketDataUnsubscribeResult
from .model_list_response import ModelListResponse
from .model_list_response_models_item import ModelListResponseModelsItem
from .model_position_response import ModelPositionResponse
from .model_position_response_cash_item import ModelPositionResponseCashItem
from .model_position_response_position_list_item import (
    ModelPositionResponsePositionListItem,
)
from .model_presets_response import ModelPresetsResponse
from .model_summary_response import ModelSummaryResponse
from .non_disclosed_detail import NonDisclosedDetail
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
from .pending_task import PendingTask
from .pending_tasks_response import PendingTasksResponse
from .place_orders_request import PlaceOrdersRequest
from .polling_instruction_result import PollingInstructionResult
from .polling_instruction_result_error import PollingInstructionResultError
from .polling_instruction_result_instruction_status import (
    PollingInstructionResultInstructionStatus,
)
from .polling_instruction_result_instruction_type import (
    PollingInstructionResultInstructionType,
)
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
from .predefined_destination_instruction import PredefinedDestinationInstruction
from .predefined_destination_instruction_bank_instruction_method import (
    PredefinedDestinationInstructionBankInstructionMethod,
)
from .predefined_destination_instruction_financial_institution import (
    PredefinedDestinationInstructionFinancialInstitution,
)
from .predefined_destination_instruction_financial_institution_branch_code_type import (
    PredefinedDestinationInstructionFinancialInstitutionBranchCodeType,
)
from .predefined_destination_instruction_financial_institution_identifier_type import (
    PredefinedDestinationInstructionFinancialInstitutionIdentifierType,
)
from .problem_details import ProblemDetails
from .query_bank_instruction import QueryBankInstruction
from .query_bank_instruction_bank_instruction_method import (
    QueryBankInstructionBankInstructionMethod,
)
from .query_bank_instruction_response import QueryBankInstructionResponse
from .query_bank_instruction_result import QueryBankInstructionResult
from .query_bank_instruction_result_instruction_status import (
    QueryBankInstructionResultInstructionStatus,
)
from .query_bank_instruction_result_instruction_type import (
    QueryBankInstructionResultInstructionType,
)
from .query_bank_instructions_request import QueryBankInstructionsRequest
from .query_bank_instructions_request_instruction_type import (
    QueryBankInstructionsRequestInstructionType,
)
from .query_cash_balances_request import QueryCashBalancesRequest
from .query_cash_balances_request_instruction_type import (
    QueryCashBalancesRequestInstructionType,
)
from .query_cash_balances_response import QueryCashBalancesResponse
from .query_ira_contributions import QueryIRAContributions
from .query_ira_contributions_response import QueryIRAContributionsResponse
from .query_ira_contributions_result import QueryIRAContributionsResult
from .query_ira_contributions_result_contributions_item import (
    QueryIRAContributionsResultContributionsItem,
)
from .query_recent_instruction_response import QueryRecentInstructionResponse
from .query_recent_instruction_result import QueryRecentInstructionResult
from .query_recent_instruction_result_instruction_history import (
    QueryRecentInstructionResultInstructionHistory,
)
from .query_recent_instruction_result_instruction_history_result_item import (
    QueryRecentInstructionResultInstructionHistoryResultItem,
)
from .query_recent_instructions import QueryRecentInstructions
from .query_recent_instructions_request import QueryRecentInstructionsRequest
from .query_recent_instructions_request_instruction_type import (
    QueryRecentInstructionsRequestInstructionType,
)
from .query_recent_instructions_transaction_history import (
    QueryRecentInstructionsTransactionHistory,
)
from .query_recent_instructions_transaction_history_transaction_type import (
    QueryRecentInstructionsTransactionHistoryTransactionType,
)
from .query_recent_recurring_event_response import QueryRecentRecurringEventResponse
from .query_recent_recurring_event_result import QueryRecentRecurringEventResult
from .query_recent_recurring_event_result_instruction_status import (
    QueryRecentRecurringEventResultInstructionStatus,
)
from .query_recent_recurring_event_result_instruction_type import (
    QueryRecentRecurringEventResultInstructionType,
)
from .query_recent_recurring_events import QueryRecentRecurringEvents
from .query_recurring_instructions import QueryRecurringInstructions
from .query_recurring_instructions_response import QueryRecurringInstructionsResponse
from .query_recurring_instructions_result import QueryRecurringInstructionsResult
from .query_recurring_instructions_result_instruction_status import (
    QueryRecurringInstructionsResultInstructionStatus,
)
from .query_recurring_instructions_result_instruction_type import (
    QueryRecurringInstructionsResultInstructionType,
)
from .query_withdrawable_amounts_instruction_result import (
    QueryWithdrawableAmountsInstructionResult,
)
from .query_withdrawable_amounts_response import QueryWithdrawableAmountsResponse
from .query_withdrawable_amounts_without_origin_hold_response import (
    QueryWithdrawableAmountsWithoutOriginHoldResponse,
)
from .query_withdrawable_amounts_without_origin_hold_result import (
    QueryWithdrawableAmountsWithoutOriginHoldResult,
)
from .query_withdrawable_cash_equity import QueryWithdrawableCashEquity
from .query_withdrawable_cash_equity_response import QueryWithdrawableCashEquityResponse
from .query_withdrawable_cash_equity_result import QueryWithdrawableCashEquityResult
from .query_withdrawable_cash_request import QueryWithdrawableCashRequest
from .query_withdrawable_cash_request_instruction_type import (
    QueryWithdrawableCashRequestInstructionType,
)
from .query_withdrawable_funds import QueryWithdrawableFunds
from .questionnaire_response import QuestionnaireResponse
from .questions_suppression_status import QuestionsSuppressionStatus
from .reauthenticate_response import ReauthenticateResponse
from .recurring_instruction_detail import RecurringInstructionDetail
from .recurring_instruction_detail_frequency import RecurringInstructionDetailFrequency
from .registration_task import RegistrationTask
from .registration_tasks_response import RegistrationTasksResponse
from .regulatory_snapshot import RegulatorySnapshot
from .request_detail import RequestDetail
from .request_details_response import RequestDetailsResponse
from .required_forms_response import RequiredFormsResponse
from .response_file_response import ResponseFileResponse
from .response_file_response_data import ResponseFileResponseData
from .restriction_info import RestrictionInfo
from .save_model_request import SaveModelRequest
from .save_model_request_cash_targets_item import SaveModelRequestCashTargetsItem
from .save_model_request_position_targets_item import (
    SaveModelRequestPositionTargetsItem,
)
from .save_model_response import SaveModelResponse
from .scanner_contract import ScannerContract
from .scanner_filter import ScannerFilter
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
from .set_model_presets_response import SetModelPresetsResponse
from .signature_applicant import SignatureApplicant
from .signature_entity import SignatureEntity
from .signature_entity_type import SignatureEntityType
from .signature_user import SignatureUser
from .signatures_and_owners import SignaturesAndOwners
from .sso_browser_session_claims import SsoBrowserSessionClaims
from .sso_features import SsoFeatures
from .sso_session_claims import SsoSessionClaims
from .sso_validation import SsoValidation
from .ssodh_init_request import SsodhInitRequest
from .status_response import StatusResponse
from .stmt_request import StmtRequest
from .stock_company import StockCompany
from .stock_contract import StockContract
from .stocks_by_symbol import StocksBySymbol
from .submit_model_transfers_request import SubmitModelTransfersRequest
from .submit_model_transfers_response import SubmitModelTransfersResponse
from .suppress_questions_request import SuppressQuestionsRequest
from .suppressible_message_id import SuppressibleMessageId
from .switch_account_request import SwitchAccountRequest
from .switch_account_result import SwitchAccountResult
from .synchronous_instruction_response import SynchronousInstructionResponse
from .task_action_response import TaskActionResponse
from .tax_form_request import TaxFormRequest
from .tax_form_response import TaxFormResponse
from .tax_form_response_data import TaxFormResponseData
from .tax_form_type import TaxFormType
from .tickle_response import TickleResponse
from .token_request import TokenRequest
from .token_response import TokenResponse
from .trade_confirmation_request import TradeConfirmationRequest
from .trade_confirmation_response import TradeConfirmationResponse
from .trade_confirmation_response_data import TradeConfirmationResponseData
from .trade_execution import TradeExecution
from .trading_instrument_description import TradingInstrumentDescription
from .trading_instrument_description_asset_type import (
    TradingInstrumentDescriptionAssetType,
)
from .trading_instrument_description_security_id_type import (
    TradingInstrumentDescriptionSecurityIdType,
)
from .trading_instrument_type_0 import TradingInstrumentType0
from .trading_instrument_type_1 import TradingInstrumentType1
from .traditional_bank_instruction_verification import (
    TraditionalBankInstructionVerification,
)
from .traditional_bank_instruction_verification_bank_instruction_code import (
    TraditionalBankInstructionVerificationBankInstructionCode,
)
from .trailing_type import TrailingType
from .transfer_cash_externally_in_bulk_request import (
    TransferCashExternallyInBulkRequest,
)
from .transfer_cash_externally_in_bulk_request_instruction_type import (
    TransferCashExternallyInBulkRequestInstructionType,
)
from .transfer_cash_externally_request import TransferCashExternallyRequest
from .transfer_cash_externally_request_instruction_type import (
    TransferCashExternallyRequestInstructionType,
)
from .transfer_cash_internally_in_bulk_request import (
    TransferCashInternallyInBulkRequest,
)
from .transfer_cash_internally_in_bulk_request_instruction_type import (
    TransferCashInternallyInBulkRequestInstructionType,
)
from .transfer_cash_internally_request import TransferCashInternallyRequest
from .transfer_cash_internally_request_instruction_type import (
    TransferCashInternallyRequestInstructionType,
)
from .transfer_positions_externally_in_bulk_request import (
    TransferPositionsExternallyInBulkRequest,
)
from .transfer_positions_externally_in_bulk_request_instruction_type import (
    TransferPositionsExternallyInBulkRequestInstructionType,
)
from .transfer_positions_externally_request import TransferPositionsExternallyRequest
from .transfer_positions_externally_request_instruction_type import (
    TransferPositionsExternallyRequestInstructionType,
)
from .transfer_positions_internally_in_bulk_request import (
    TransferPositionsInternallyInBulkRequest,
)
from .transfer_positions_internally_in_bulk_request_instruction_type import (
    TransferPositionsInternallyInBulkRequestInstructionType,
)
from .transfer_positions_internally_request import TransferPositionsInternallyRequest
from .transfer_positions_internally_request_instruction_type import (
    TransferPositionsInternallyRequestInstructionType,
)
from .trsrv_secdef import TrsrvSecdef
from .trsrv_secdef_response import TrsrvSecdefResponse
from .user_name_available_response import UserNameAvailableResponse
from .verify_request import VerifyRequest
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
from .withdraw_funds_instruction import WithdrawFundsInstruction
from .withdraw_funds_instruction_bank_instruction_method import (
    WithdrawFundsInstructionBankInstructionMethod,
)
from .withdraw_funds_instruction_ira_withdrawal_detail import (
    WithdrawFundsInstructionIraWithdrawalDetail,
)
from .withdraw_funds_instruction_ira_withdrawal_detail_ira_withhold_type import (
    WithdrawFundsInstructionIraWithdrawalDetailIraWithholdType,
)
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
    "AccountData",
    "AccountDataCapabilities",
    "AccountDataDividendReinvestment",
    "AccountDataFeeTemplate",
    "AccountDataMailing",
    "AccountDataRegisteredAddress",
    "AccountDataStockYieldProgram",
    "AccountDataTaxIdsItem",
    "AccountDataTaxTreatyDetailsItem",
    "AccountDetailsResponse",
    "AccountDetailsResponseDecedentsItem",
    "AccountDetailsResponseFinancialInformation",
    "AccountDetailsResponseFinancialInformationAdditionalProperty",
    "AccountDetailsResponseMarketDataItem",
    "AccountDetailsResponseSourcesOfWealthItem",
    "AccountDetailsResponseSourcesOfWealthItemAdditionalProperty",
    "AccountDetailsResponseWithHoldingStatement",
    "AccountParent",
    "AccountPnlEntry",
    "AccountPnlPartitioned",
    "AccountPnlPartitionedUpnl",
    "AccountProperties",
    "AccountStatusBulkResponse",
    "AccountStatusResponse",
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
    "AchInstruction",
    "AchInstructionAchType",
    "AchInstructionBankInstructionCode",
    "AchInstructionClientAccountInfo",
    "AchInstructionClientAccountInfoBankAccountTypeCode",
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
    "AmRequestStatusResponse",
    "AnswerResponse",
    "ArrayNode",
    "AssociatedEntity",
    "AssociatedEntityIdentityDocumentsItem",
    "AssociatedEntityMailing",
    "AssociatedEntityPhones",
    "AssociatedEntityResidence",
    "AssociatedEntityTaxTreatyDetailsItem",
    "AssociatedPerson",
    "AssociatedPersonEmploymentDetails",
    "AssociatedPersonEmploymentDetailsAdditionalProperty",
    "AssociatedPersonIdentityDocumentsItem",
    "AssociatedPersonMailing",
    "AssociatedPersonPhones",
    "AssociatedPersonResidence",
    "AssociatedPersonSubscribedServicesItem",
    "AssociatedPersonSubscribedServicesItemAdditionalProperty",
    "AssociatedPersonTaxTreatyDetailsItem",
    "AsynchronousInstructionResponse",
    "AsynchronousInstructionSetResponse",
    "AsynchronousInstructionSetResponseInstructionResultsItem",
    "Au10TixDetailResponse",
    "AuthStatus",
    "AvailableStatementDatesData",
    "AvailableStatementDatesDataValue",
    "AvailableStatementDatesDataValueDaily",
    "AvailableTaxFormsData",
    "AvailableTaxFormsDataValue",
    "BondFilter",
    "BondFilterOption",
    "BondFilters",
    "BondFilterSymbol",
    "BondIssuer",
    "BrokerageAccounts",
    "BrokerageAccountsAcctProps",
    "BrokerageAccountsAliases",
    "BrokerageAccountsChartPeriods",
    "BulkMultiStatusResponse",
    "CancelInstruction",
    "CancelInstructionRequest",
    "CancelInstructionRequestInstructionType",
    "CancelInstructionsInBulkRequest",
    "CancelInstructionsInBulkRequestInstructionType",
    "CancelOrderAcknowledgement",
    "ClearingStatus",
    "ClientAssertionClaims",
    "ComplexAssetTransferInstruction",
    "ComplexAssetTransferInstructionDirection",
    "ContraBrokerInfo",
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
    "ContractRulesOrderDefaults",
    "ContractRulesOrderDefaultsAdditionalProperty",
    "ContractRulesRequest",
    "ContractTifDefaults",
    "ContractTradingDay",
    "ContractTradingHours",
    "ContractTradingSchedule",
    "ContractTradingScheduleSchedules",
    "CreateBrowserSessionResponse",
    "CreateSessionResponse",
    "CSVResponse",
    "CurrencyPair",
    "CurrencyPairsByCurrency",
    "DeleteBankInstruction",
    "DeleteBankInstructionBankInstructionMethod",
    "DepositFundsInstruction",
    "DepositFundsInstructionBankInstructionMethod",
    "DepositFundsInstructionIraDepositDetail",
    "DepositFundsInstructionIraDepositDetailFromIraType",
    "DepositFundsInstructionIraDepositDetailIraContributionType",
    "DepositFundsInstructionIraDepositDetailIraTaxYearType",
    "DepositFundsInstructionOpenBanking",
    "DepositFundsInstructionOpenBankingPlaidOptions",
    "DepositFundsInstructionOpenBankingServiceProvider",
    "DepositFundsPollingResponse",
    "DepositFundsPollingResult",
    "DepositFundsPollingResultDepositDetails",
    "DepositFundsPollingResultDepositDetailsOpenBanking",
    "DepositFundsPollingResultDepositDetailsOpenBankingProviderResponse",
    "DwacInstruction",
    "DwacInstructionDirection",
    "DynamicAccountMatch",
    "DynamicAccountSearch",
    "DynamicAccountSelection",
    "DynamicAccountSet",
    "EchoResponse",
    "EchoResponseQueryParameters",
    "EchoResponseRequestMethod",
    "EchoResponseSecurityPolicy",
    "EddaInstruction",
    "EddaInstructionDebtorIdentificationDocumentType",
    "EntityIRABene",
    "EntityIRABeneLocation",
    "EnumerationResponse",
    "EnumerationType",
    "ErrorMessage",
    "ErrorResponse",
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
    "ExternalPositionTransfer",
    "ExternalPositionTransferSourceIRAType",
    "ExternalPositionTransferSubType",
    "ExternalPositionTransferType",
    "FileData",
    "FileDataData",
    "FileDetailsResponse",
    "FlexVersion",
    "FopInstruction",
    "FopInstructionDirection",
    "ForecastCategory",
    "ForecastCategoryTree",
    "ForecastCategoryTreeCategories",
    "ForecastContractDetails",
    "ForecastContractRules",
    "ForecastContractSchedules",
    "ForecastMarket",
    "ForecastMarketContract",
    "ForecastMarketRef",
    "ForecastSide",
    "ForecastTradingDay",
    "ForecastTradingTime",
    "FormDetails",
    "FormFileResponse",
    "FormPayload",
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
    "GetAccountTasksType",
    "GetAvailableStmtDatesResponse",
    "GetAvailableTaxFormsResponse",
    "GetAvailableTradeConfirmationDatesResponse",
    "GetAvailableTradeConfirmationDatesResponseData",
    "GetBrokerListResponse",
    "GetEnumerationLanguage",
    "GetFormsProjection",
    "GetInvestedAccountsSummary",
    "GetInvestedAccountsSummaryAccountListItem",
    "GetInvestedAccountsSummarySubscriptionStatus",
    "GetModelAccountsRequest",
    "GetModelAccountsResponse",
    "GetModelAccountsResponseAccountInfoListItem",
    "GetModelInvestmentsRequest",
    "GetModelPositionsRequest",
    "GetModelPositionsRequestSortDirection",
    "GetModelPositionsRequestSortField",
    "GetModelPresetsRequest",
    "GetModelSummaryRequest",
    "GetParticipatingListResponse",
    "GetParticipatingListResponseParticipatingBanksItem",
    "GetStatementsResponse",
    "GetStatementsResponseData",
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
    "IndividualIRABene",
    "IndividualIRABeneIdentification",
    "IndividualIRABeneLocation",
    "InstructionPollingResponse",
    "InstructionResponse",
    "InstructionResult",
    "InstructionResultInstructionStatus",
    "InstructionResultInstructionType",
    "InternalCashTransferInstruction",
    "InternalPositionTransferInstruction",
    "InvalidArgument",
    "InvestAccountsInModelRequest",
    "InvestAccountsInModelRequestAccountListItem",
    "InvestAccountsInModelResponse",
    "IserverStatus",
    "ListAccountStatusesStatus",
    "ListLoginMessagesStatus",
    "ListModelsRequest",
    "ListRequestsStatus",
    "LiveOrder",
    "LiveOrders",
    "LoginMessage",
    "LoginMessageResponse",
    "LogoutResponse",
    "ManageBankInstructionRequest",
    "ManageBankInstructionRequestInstructionType",
    "ManageBankInstructionsInBulkRequest",
    "ManageBankInstructionsInBulkRequestInstructionType",
    "MarketDataBar",
    "MarketDataFieldId",
    "MarketDataHistory",
    "MarketDataHistoryBar",
    "MarketDataSnapshot",
    "MarketDataUnsubscribeAllResult",
    "MarketDataUnsubscribeRequest",
    "MarketDataUnsubscribeResult",
    "ModelListResponse",
    "ModelListResponseModelsItem",
    "ModelPositionResponse",
    "ModelPositionResponseCashItem",
    "ModelPositionResponsePositionListItem",
    "ModelPresetsResponse",
    "ModelSummaryResponse",
    "NonDisclosedDetail",
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
    "PendingTask",
    "PendingTasksResponse",
    "PlaceOrdersRequest",
    "PollingInstructionResult",
    "PollingInstructionResultError",
    "PollingInstructionResultInstructionStatus",
    "PollingInstructionResultInstructionType",
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
    "PredefinedDestinationInstruction",
    "PredefinedDestinationInstructionBankInstructionMethod",
    "PredefinedDestinationInstructionFinancialInstitution",
    "PredefinedDestinationInstructionFinancialInstitutionBranchCodeType",
    "PredefinedDestinationInstructionFinancialInstitutionIdentifierType",
    "ProblemDetails",
    "QueryBankInstruction",
    "QueryBankInstructionBankInstructionMethod",
    "QueryBankInstructionResponse",
    "QueryBankInstructionResult",
    "QueryBankInstructionResultInstructionStatus",
    "QueryBankInstructionResultInstructionType",
    "QueryBankInstructionsRequest",
    "QueryBankInstructionsRequestInstructionType",
    "QueryCashBalancesRequest",
    "QueryCashBalancesRequestInstructionType",
    "QueryCashBalancesResponse",
    "QueryIRAContributions",
    "QueryIRAContributionsResponse",
    "QueryIRAContributionsResult",
    "QueryIRAContributionsResultContributionsItem",
    "QueryRecentInstructionResponse",
    "QueryRecentInstructionResult",
    "QueryRecentInstructionResultInstructionHistory",
    "QueryRecentInstructionResultInstructionHistoryResultItem",
    "QueryRecentInstructions",
    "QueryRecentInstructionsRequest",
    "QueryRecentInstructionsRequestInstructionType",
    "QueryRecentInstructionsTransactionHistory",
    "QueryRecentInstructionsTransactionHistoryTransactionType",
    "QueryRecentRecurringEventResponse",
    "QueryRecentRecurringEventResult",
    "QueryRecentRecurringEventResultInstructionStatus",
    "QueryRecentRecurringEventResultInstructionType",
    "QueryRecentRecurringEvents",
    "QueryRecurringInstructions",
    "QueryRecurringInstructionsResponse",
    "QueryRecurringInstructionsResult",
    "QueryRecurringInstructionsResultInstructionStatus",
    "QueryRecurringInstructionsResultInstructionType",
    "QueryWithdrawableAmountsInstructionResult",
    "QueryWithdrawableAmountsResponse",
    "QueryWithdrawableAmountsWithoutOriginHoldResponse",
    "QueryWithdrawableAmountsWithoutOriginHoldResult",
    "QueryWithdrawableCashEquity",
    "QueryWithdrawableCashEquityResponse",
    "QueryWithdrawableCashEquityResult",
    "QueryWithdrawableCashRequest",
    "QueryWithdrawableCashRequestInstructionType",
    "QueryWithdrawableFunds",
    "QuestionnaireResponse",
    "QuestionsSuppressionStatus",
    "ReauthenticateResponse",
    "RecurringInstructionDetail",
    "RecurringInstructionDetailFrequency",
    "RegistrationTask",
    "RegistrationTasksResponse",
    "RegulatorySnapshot",
    "RequestDetail",
    "RequestDetailsResponse",
    "RequiredFormsResponse",
    "ResponseFileResponse",
    "ResponseFileResponseData",
    "RestrictionInfo",
    "SaveModelRequest",
    "SaveModelRequestCashTargetsItem",
    "SaveModelRequestPositionTargetsItem",
    "SaveModelResponse",
    "ScannerContract",
    "ScannerFilter",
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
    "SetModelPresetsResponse",
    "SignatureApplicant",
    "SignatureEntity",
    "SignatureEntityType",
    "SignaturesAndOwners",
    "SignatureUser",
    "SsoBrowserSessionClaims",
    "SsodhInitRequest",
    "SsoFeatures",
    "SsoSessionClaims",
    "SsoValidation",
    "StatusResponse",
    "StmtRequest",
    "StockCompany",
    "StockContract",
    "StocksBySymbol",
    "SubmitModelTransfersRequest",
    "SubmitModelTransfersResponse",
    "SuppressibleMessageId",
    "SuppressQuestionsRequest",
    "SwitchAccountRequest",
    "SwitchAccountResult",
    "SynchronousInstructionResponse",
    "TaskActionResponse",
    "TaxFormRequest",
    "TaxFormResponse",
    "TaxFormResponseData",
    "TaxFormType",
    "TickleResponse",
    "TokenRequest",
    "TokenResponse",
    "TradeConfirmationRequest",
    "TradeConfirmationResponse",
    "TradeConfirmationResponseData",
    "TradeExecution",
    "TradingInstrumentDescription",
    "TradingInstrumentDescriptionAssetType",
    "TradingInstrumentDescriptionSecurityIdType",
    "TradingInstrumentType0",
    "TradingInstrumentType1",
    "TraditionalBankInstructionVerification",
    "TraditionalBankInstructionVerificationBankInstructionCode",
    "TrailingType",
    "TransferCashExternallyInBulkRequest",
    "TransferCashExternallyInBulkRequestInstructionType",
    "TransferCashExternallyRequest",
    "TransferCashExternallyRequestInstructionType",
    "TransferCashInternallyInBulkRequest",
    "TransferCashInternallyInBulkRequestInstructionType",
    "TransferCashInternallyRequest",
    "TransferCashInternallyRequestInstructionType",
    "TransferPositionsExternallyInBulkRequest",
    "TransferPositionsExternallyInBulkRequestInstructionType",
    "TransferPositionsExternallyRequest",
    "TransferPositionsExternallyRequestInstructionType",
    "TransferPositionsInternallyInBulkRequest",
    "TransferPositionsInternallyInBulkRequestInstructionType",
    "TransferPositionsInternallyRequest",
    "TransferPositionsInternallyRequestInstructionType",
    "TrsrvSecdef",
    "TrsrvSecdefResponse",
    "UserNameAvailableResponse",
    "VerifyRequest",
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
    "WithdrawFundsInstruction",
    "WithdrawFundsInstructionBankInstructionMethod",
    "WithdrawFundsInstructionIraWithdrawalDetail",
    "WithdrawFundsInstructionIraWithdrawalDetailIraWithholdType",
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
