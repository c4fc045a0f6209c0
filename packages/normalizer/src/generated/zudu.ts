/**
 * GENERATED from specs/zudu.yaml by scripts/generate.mjs. Do not edit by hand:
 * change the spec and run `pnpm generate`.
 */

export interface paths {
    "/api/calls/{callId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get call by ID
         * @description Retrieve one call, wrapped in Zudu's envelope (`data` is the call). `status: "error"` in the envelope
         *     is an error even when the HTTP status is 200. Both `X-API-KEY` and `X-API-SECRET` are required.
         *     Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id (Get call by ID).
         */
        get: operations["getCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List calls
         * @description List calls with a JSON body: 0-based `page`, `limit`, `sort_by`, `sort_order` and `filter_criteria`
         *     (status, type, agent, duration range in ms, transcript search). The response is Zudu's envelope around
         *     `{organization_id, calls, pagination, returned_count, sort_order, sort_by, applied_filters}`; its
         *     `pagination` comes in one of two documented shapes (see `Pagination`). Source: https://docs.zudu.ai/api-reference/calls/list (Zudu).
         */
        post: operations["listCalls"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Call status: `REGISTERED`, `ONGOING`, `ENDED`, `ERROR`, `SCHEDULED`. Documented in upper case; one Zudu
         *     page shows lower case, so both spellings are accepted (compare case-insensitively). Source: https://docs.zudu.ai/api-reference/calls/list;
         *     https://docs.zudu.ai/api-reference/calls/get-calls-call-id shows `ONGOING`.
         * @enum {string}
         */
        CallStatus: "REGISTERED" | "ONGOING" | "ENDED" | "ERROR" | "SCHEDULED" | "registered" | "ongoing" | "ended" | "error" | "scheduled";
        /**
         * @description Call type: `PHONE_CALL` or `WEB_CALL`. Documented in upper case; one page shows lower case, so both
         *     spellings are accepted. Source: https://docs.zudu.ai/api-reference/calls/list; https://docs.zudu.ai/api-reference/calls/get-calls-call-id shows `PHONE_CALL`.
         * @enum {string}
         */
        CallType: "PHONE_CALL" | "WEB_CALL" | "phone_call" | "web_call";
        /**
         * @description Call direction: `INBOUND` or `OUTBOUND`. Documented in upper case; one page shows lower case, so both
         *     spellings are accepted. Source: https://docs.zudu.ai/api-reference/calls/list; https://docs.zudu.ai/api-reference/calls/get-calls-call-id shows `INBOUND`.
         * @enum {string}
         */
        Direction: "INBOUND" | "OUTBOUND" | "inbound" | "outbound";
        /**
         * @description Sort direction of the list: `ascending` or `descending`. Source: https://docs.zudu.ai/api-reference/calls/list.
         * @enum {string}
         */
        SortOrder: "ascending" | "descending";
        /** @description One word of a transcript turn with its timing. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id (`transcript_object[].words`). */
        Word: {
            /** @description The word as recognised or spoken. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            word?: string;
            /** @description When the word starts, Unix epoch milliseconds (e.g. 1703097635000). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            start?: number;
            /** @description When the word ends, Unix epoch milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            end?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description One turn of `transcript_object`. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
        TranscriptTurn: {
            /** @description Who spoke: `assistant` (the agent) or `user`; open string (Retell also uses `agent`). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            role?: string;
            /** @description What was said (text). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            content?: string;
            /** @description When the turn starts, Unix epoch milliseconds (not an offset from the call start). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            timestamp?: number;
            /** @description Word-level timings of the turn. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            words?: components["schemas"]["Word"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One entry of `transcript_with_tool_calls`. Zudu documents no item shape (the seed shows `[]`); in Retell's
         *     object, which Zudu mirrors, entries are utterances (`role`, `content`, `words`) or tool calls (`role`
         *     `tool_call_invocation`/`tool_call_result`, `tool_call_id`, `name`, `arguments`, `content`). Modelled
         *     leniently. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id.
         */
        TranscriptWithToolCallsEntry: {
            /** @description `assistant`, `user`, or a tool-call role (Retell's names; not documented by Zudu). Source: https://docs.retellai.com/api-references/get-call. */
            role?: string;
            /** @description Text of the utterance or tool result. Source: https://docs.retellai.com/api-references/get-call (Retell's names). */
            content?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A call lifecycle event. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id (`events`). */
        Event: {
            /** @description When it happened, Unix epoch milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            timestamp?: number;
            /** @description What happened, free text (e.g. `Call created`, `Call started - INBOUND`). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            event?: string;
            /** @description Time into the session; the unit is not documented (0 in both seed events). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            session_time?: number;
            /** @description Event details, free-form (e.g. `{direction, from, to}` for a call start). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            data?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Distribution of one latency over the call, in **milliseconds** (e.g. p50 250.5): `num` is the number of
         *     samples, `values` the samples. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id; unit from https://docs.retellai.com/api-references/get-call (Retell's latency object, ms).
         */
        LatencyStats: {
            /** @description Maximum, milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            max?: number;
            /** @description Minimum, milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            min?: number;
            /** @description Number of samples (a count, no unit). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            num?: number;
            /** @description Median, milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            p50?: number;
            /** @description 90th percentile, milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            p90?: number;
            /** @description 95th percentile, milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            p95?: number;
            /** @description 99th percentile, milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            p99?: number;
            /** @description The samples, milliseconds (the seed lists fewer values than `num`). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            values?: number[];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Latency by stage, milliseconds. The seed shows `e2e` (end to end) and `llm`; Retell's object, which Zudu
         *     mirrors, also has `tts`, `asr`, `llm_websocket_network_rtt`, `knowledge_base`, `s2s`, each with the same
         *     `LatencyStats` shape; those arrive as additional properties. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id, https://docs.retellai.com/api-references/get-call.
         */
        Latency: {
            /** @description End-to-end latency (user stops speaking → agent starts), milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            e2e?: components["schemas"]["LatencyStats"];
            /** @description Language-model latency, milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            llm?: components["schemas"]["LatencyStats"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Post-call analysis, with Retell's field names (https://docs.retellai.com/api-references/get-call); `null` until the call is analysed (the seed,
         *     an ongoing call, has `null`). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id, https://docs.retellai.com/api-references/get-call.
         */
        CallAnalysis: ({
            /** @description Summary of the call (text). Source: https://docs.retellai.com/api-references/get-call (Retell's names). */
            call_summary?: string;
            /** @description Whether the call achieved its goal. Source: https://docs.retellai.com/api-references/get-call (Retell's names). */
            call_successful?: boolean;
            /** @description User sentiment, open string: `Positive` in https://docs.retellai.com/api-references/get-call; Retell also uses `Negative`, `Neutral`, `Unknown`. Source: https://docs.retellai.com/api-references/get-call. */
            user_sentiment?: string;
            /** @description Whether the call reached voicemail. Source: https://docs.retellai.com/api-references/get-call (Retell's names). */
            in_voicemail?: boolean;
            /** @description Custom post-call data extracted by the agent's analysis prompts, free-form. Source: https://docs.retellai.com/api-references/get-call (Retell's names). */
            custom_analysis_data?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        }) | null;
        /** @description Cost of one billed product. No currency is named; the values are dollar-sized (USD). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id (`call_cost.product_costs`). */
        ProductCost: {
            /** @description Product name, open string (e.g. `inbound_call`, `llm_usage`). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            product?: string;
            /** @description Cost of this product for the call, dollar-sized (USD; no currency named). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            cost?: number;
            /**
             * @description Price per unit, dollar-sized (USD). The unit is not documented; the seed is consistent with a per-minute
             *     price (`inbound_call`: 0.1 = 0.02 × 5 min of the 300 s). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id.
             */
            unit_price?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Cost of the call. Zudu names no currency; the values are dollar-sized (0.15 for 5 minutes), read as USD.
         *     (Retell's `combined_cost` is in cents; Zudu's example is not.) Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id, https://docs.retellai.com/api-references/get-call.
         */
        CallCost: ({
            /** @description Total cost of the call, dollar-sized (USD; the sum of `product_costs[].cost` in the documented example). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            combined_cost?: number;
            /** @description Cost per billed product. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            product_costs?: components["schemas"]["ProductCost"][];
            /** @description Billed duration, seconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            total_duration_seconds?: number;
            /** @description Duration price per unit, dollar-sized (USD; per minute, judging by the documented example). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            total_duration_unit_price?: number;
            /** @description One-time (non-duration) charges, dollar-sized (USD). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            total_one_time_price?: number;
        } & {
            [key: string]: unknown;
        }) | null;
        /** @description Telephony carrier identifiers, e.g. Twilio's `call_sid` (`CA…`) and `conference_sid` (`CF…`); other keys are accepted. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
        TelephonyIdentifier: ({
            /** @description Carrier call SID (Twilio `CA…`). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            call_sid?: string;
            /** @description Carrier conference SID (Twilio `CF…`). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            conference_sid?: string;
        } & {
            [key: string]: unknown;
        }) | null;
        /**
         * @description A Zudu call record: the `data` of Get call by ID, and each item of the list's `data.calls`. The page
         *     marks no field required; `call_id` (the call's identity, used in the path) and `agent_id` appear in
         *     every example and are required here. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id (Get call by ID), https://docs.zudu.ai/api-reference/calls/list.
         */
        Call: {
            /** @description Record id (a UUID in the documented example); distinct from `call_id`. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            id?: string;
            /** @description Agent that handled the call. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            agent_id: string;
            /** @description Call identifier; the `callId` of `GET /api/calls/{callId}`. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            call_id: string;
            /** @description Organization that owns the call. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            organization_id?: string;
            /** @description Status of the call, either case (REGISTERED, ONGOING, ENDED, ERROR, SCHEDULED). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id, https://docs.zudu.ai/api-reference/calls/get. */
            call_status?: components["schemas"]["CallStatus"];
            /** @description Phone or web call, either case (PHONE_CALL, WEB_CALL). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            call_type?: components["schemas"]["CallType"];
            /** @description INBOUND or OUTBOUND, either case. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            direction?: components["schemas"]["Direction"];
            /** @description Calling number, E.164 (e.g. `+1234567890`); null where there is none (web calls). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            from_number?: string | null;
            /** @description Called number, E.164; null where there is none (web calls). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            to_number?: string | null;
            /** @description Start of the call, Unix epoch milliseconds; null before it starts. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            start_timestamp?: number | null;
            /** @description End of the call, Unix epoch milliseconds; null while ongoing (as in the documented example). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            end_timestamp?: number | null;
            /** @description Call duration, milliseconds (Zudu uses ms throughout; the list filter is `duration_ms`); null while ongoing. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id, https://docs.zudu.ai/api-reference/calls/list. */
            call_duration?: number | null;
            /** @description Why the call ended, open string in upper case (e.g. `USER_HANGUP`); null while ongoing. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            disconnection_reason?: string | null;
            /** @description URL of the call recording (an HTTPS `.mp4` in the documented example); null without a recording. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            recording_url?: string | null;
            /** @description URL of the call's public log. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            public_log_url?: string | null;
            /** @description Whether storage of sensitive data (transcript, recording) was opted out of for this call. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            opt_out_sensitive_data_storage?: boolean;
            /** @description Free-form metadata attached to the call by the caller of the API (e.g. `customer_id`, `campaign`). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /** @description Lifecycle events of the call, in order. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            events?: components["schemas"]["Event"][];
            /** @description Plain-text transcript. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            transcript?: string | null;
            /** @description Transcript turns with epoch-ms timestamps and word timings. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            transcript_object?: components["schemas"]["TranscriptTurn"][];
            /** @description Transcript including tool calls; item shape not documented (`[]` in the documented example). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            transcript_with_tool_calls?: components["schemas"]["TranscriptWithToolCallsEntry"][];
            /** @description Latency distributions by stage, milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            latency?: components["schemas"]["Latency"];
            /** @description Post-call analysis (Retell's names); null until analysed. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id, https://docs.retellai.com/api-references/get-call. */
            call_analysis?: components["schemas"]["CallAnalysis"];
            /** @description Cost of the call, dollar-sized (USD; no currency named). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            call_cost?: components["schemas"]["CallCost"];
            /** @description Carrier identifiers (Twilio call/conference SIDs). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            telephony_identifier?: components["schemas"]["TelephonyIdentifier"];
        } & {
            [key: string]: unknown;
        };
        /** @description Zudu's envelope around one call: `{message, status, error, data}`. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id (Response). */
        GetCallResponse: {
            /** @description Human-readable outcome (e.g. `Call retrieved successfully`). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            message?: string;
            /**
             * @description `success` or `error`; `error` means failure even on HTTP 200. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id, https://docs.zudu.ai/api-reference/calls/get.
             * @enum {string}
             */
            status?: "success" | "error";
            /** @description Error text; null on success. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            error?: string | null;
            /** @description The call. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            data?: components["schemas"]["Call"];
        } & {
            [key: string]: unknown;
        };
        /** @description Call-duration filter, milliseconds (both bounds optional). Source: https://docs.zudu.ai/api-reference/calls/list (`filter_criteria.duration_ms`). */
        DurationRange: {
            /** @description Minimum call duration, milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            lower_threshold?: number;
            /** @description Maximum call duration, milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            upper_threshold?: number;
        };
        /** @description Filters of the list request; every filter is optional. Source: https://docs.zudu.ai/api-reference/calls/list. */
        FilterCriteria: {
            /** @description Only calls in one of these statuses (either case). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            call_status?: components["schemas"]["CallStatus"][];
            /** @description Only calls of one of these types (either case). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            call_type?: components["schemas"]["CallType"][];
            /** @description Only calls of this agent. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            agent_id?: string;
            /** @description Only calls whose duration is within this range, milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            duration_ms?: components["schemas"]["DurationRange"];
            /** @description Only calls whose transcript contains this text (matching rules not documented). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            transcript_search?: string;
        };
        /** @description JSON body of `POST /api/calls`; every property is optional. Source: https://docs.zudu.ai/api-reference/calls/list. */
        ListCallsRequest: {
            /** @description Page number, **0-based** (the first page is 0; the default when omitted is not documented, 0 in practice). Source: https://docs.zudu.ai/api-reference/calls/list. */
            page?: number;
            /** @description Calls per page (a count; the maximum and default are not documented). Source: https://docs.zudu.ai/api-reference/calls/list. */
            limit?: number;
            /** @description Call field to sort by, e.g. `start_timestamp` (the allowed values are not documented). Source: https://docs.zudu.ai/api-reference/calls/list. */
            sort_by?: string;
            /** @description `ascending` or `descending`. Source: https://docs.zudu.ai/api-reference/calls/list. */
            sort_order?: components["schemas"]["SortOrder"];
            /** @description Filters. Source: https://docs.zudu.ai/api-reference/calls/list. */
            filter_criteria?: components["schemas"]["FilterCriteria"];
        };
        /**
         * @description Page-number pagination state. Two shapes are documented on different pages (https://docs.zudu.ai/api-reference/calls/list):
         *     `{page, limit, total_count, total_pages, has_next_page, has_previous_page}` and
         *     `{page, limit, total, total_pages}`. Both are accepted: every property is optional. A next page exists
         *     when `has_next_page` is true, else when `page + 1 < total_pages`. Source: https://docs.zudu.ai/api-reference/calls/list.
         */
        Pagination: {
            /** @description This page's number, 0-based. Source: https://docs.zudu.ai/api-reference/calls/list. */
            page?: number;
            /** @description Page size (calls per page). Source: https://docs.zudu.ai/api-reference/calls/list. */
            limit?: number;
            /** @description Total number of calls matching the filters (first shape). Source: https://docs.zudu.ai/api-reference/calls/list. */
            total_count?: number;
            /** @description Total number of calls matching the filters (second shape). Source: https://docs.zudu.ai/api-reference/calls/list. */
            total?: number;
            /** @description Number of pages (both shapes). Source: https://docs.zudu.ai/api-reference/calls/list. */
            total_pages?: number;
            /** @description Whether a next page exists (first shape). Source: https://docs.zudu.ai/api-reference/calls/list. */
            has_next_page?: boolean;
            /** @description Whether a previous page exists (first shape). Source: https://docs.zudu.ai/api-reference/calls/list. */
            has_previous_page?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description `data` of the list envelope. Source: https://docs.zudu.ai/api-reference/calls/list. */
        ListCallsData: {
            /** @description Organization the calls belong to. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            organization_id?: string;
            /** @description This page's calls, full call records. Source: https://docs.zudu.ai/api-reference/calls/list. */
            calls?: components["schemas"]["Call"][];
            /** @description Pagination state, in either documented shape. Source: https://docs.zudu.ai/api-reference/calls/list. */
            pagination?: components["schemas"]["Pagination"];
            /** @description Number of calls in this page (a count). Source: https://docs.zudu.ai/api-reference/calls/list. */
            returned_count?: number;
            /** @description Sort direction applied (`ascending` or `descending`; echoed, so not enforced here). Source: https://docs.zudu.ai/api-reference/calls/list. */
            sort_order?: string;
            /** @description Sort field applied. Source: https://docs.zudu.ai/api-reference/calls/list. */
            sort_by?: string;
            /** @description Filters applied, an echo of `filter_criteria` (free-form). Source: https://docs.zudu.ai/api-reference/calls/list. */
            applied_filters?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description Zudu's envelope around a page of calls: `{message, status, error, data}`. Source: https://docs.zudu.ai/api-reference/calls/list. */
        ListCallsResponse: {
            /** @description Human-readable outcome. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            message?: string;
            /**
             * @description `success` or `error`; `error` means failure even on HTTP 200. Source: https://docs.zudu.ai/api-reference/calls/get.
             * @enum {string}
             */
            status?: "success" | "error";
            /** @description Error text; null on success. Source: https://docs.zudu.ai/api-reference/calls/get. */
            error?: string | null;
            /** @description The page. Source: https://docs.zudu.ai/api-reference/calls/list. */
            data?: components["schemas"]["ListCallsData"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Zudu's envelope with `status: "error"`, used for every error status (https://docs.zudu.ai/api-reference/calls/get: 401, 404 and 500 use
         *     the same envelope; 400, 403 and 429 bodies are not documented and are assumed to match).
         *     Source: https://docs.zudu.ai/api-reference/calls/get.
         */
        ErrorEnvelope: {
            /** @description Short message (e.g. `Call not found`). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            message?: string;
            /**
             * @description Always `error`. Source: https://docs.zudu.ai/api-reference/calls/get.
             * @enum {string}
             */
            status?: "error";
            /** @description Details (e.g. `Call with ID 'call_abc123' does not exist`). Source: https://docs.zudu.ai/api-reference/calls/get. */
            error?: string | null;
            /** @description Absent or null on errors (any value accepted). Source: https://docs.zudu.ai/api-reference/calls/get. */
            data?: unknown;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Invalid request body (e.g. a negative `page`). Not documented by Zudu; modelled with its error envelope. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Missing or invalid `X-API-KEY` / `X-API-SECRET` (both are required). Envelope per https://docs.zudu.ai/api-reference/calls/list. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The key may not access this call or organization. Not documented by Zudu; modelled with its error envelope. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description No call with this id. Example from https://docs.zudu.ai/api-reference/calls/get. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Rate limited. Zudu documents no rate limits and no 429 body; modelled with its error envelope. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying, when sent (standard HTTP; not documented by Zudu). */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Server error. Envelope per https://docs.zudu.ai/api-reference/calls/get. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique identifier of the call (the record's `call_id`, e.g. `call-456`). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Call retrieved successfully. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCallResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listCalls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description List options; every property is optional (`{}` lists the first page). Source: https://docs.zudu.ai/api-reference/calls/list. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListCallsRequest"];
            };
        };
        responses: {
            /** @description Calls retrieved successfully. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCallsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
