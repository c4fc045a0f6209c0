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
         *     Source: seed 002 (Get call by ID).
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
         *     `pagination` comes in one of two documented shapes (see `Pagination`). Source: providers.md (Zudu).
         */
        post: operations["listCalls"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "post-call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post-call webhook (body not documented)
         * @description Zudu's post-call webhooks are managed objects (`POST /api/post-call-webhooks/create`, then assigned to
         *     an agent as its `post_call` tool); the docs say they "receive call data, transcripts, and analysis
         *     results" but document **neither the body, nor headers, nor a signature, nor retries**. This document
         *     therefore accepts any JSON object: the call object itself (as `GET /api/calls/{callId}` returns it in
         *     `data`), or an envelope holding it in `call` or `data`. Zudu returns no signing secret: authenticate with
         *     a secret token you put in the URL (`?token=…`). Source: https://docs.zudu.ai
         */
        post: operations["postCallWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description Call status: `REGISTERED`, `ONGOING`, `ENDED`, `ERROR`, `SCHEDULED`. Documented in upper case; one Zudu
         *     page shows lower case, so both spellings are accepted (compare case-insensitively). Source: providers.md;
         *     seed 002 shows `ONGOING`.
         * @enum {string}
         */
        CallStatus: "REGISTERED" | "ONGOING" | "ENDED" | "ERROR" | "SCHEDULED" | "registered" | "ongoing" | "ended" | "error" | "scheduled";
        /**
         * @description Call type: `PHONE_CALL` or `WEB_CALL`. Documented in upper case; one page shows lower case, so both
         *     spellings are accepted. Source: providers.md; seed 002 shows `PHONE_CALL`.
         * @enum {string}
         */
        CallType: "PHONE_CALL" | "WEB_CALL" | "phone_call" | "web_call";
        /**
         * @description Call direction: `INBOUND` or `OUTBOUND`. Documented in upper case; one page shows lower case, so both
         *     spellings are accepted. Source: providers.md; seed 002 shows `INBOUND`.
         * @enum {string}
         */
        Direction: "INBOUND" | "OUTBOUND" | "inbound" | "outbound";
        /**
         * @description Sort direction of the list: `ascending` or `descending`. Source: providers.md.
         * @enum {string}
         */
        SortOrder: "ascending" | "descending";
        /** @description One word of a transcript turn with its timing. Source: seed 002 (`transcript_object[].words`). */
        Word: {
            /** @description The word as recognised or spoken. Source: seed 002. */
            word?: string;
            /** @description When the word starts, Unix epoch milliseconds (e.g. 1703097635000). Source: seed 002. */
            start?: number;
            /** @description When the word ends, Unix epoch milliseconds. Source: seed 002. */
            end?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description One turn of `transcript_object`. Source: seed 002. */
        TranscriptTurn: {
            /** @description Who spoke: `assistant` (the agent) or `user`; open string (Retell also uses `agent`). Source: seed 002. */
            role?: string;
            /** @description What was said (text). Source: seed 002. */
            content?: string;
            /** @description When the turn starts, Unix epoch milliseconds (not an offset from the call start). Source: seed 002. */
            timestamp?: number;
            /** @description Word-level timings of the turn. Source: seed 002. */
            words?: components["schemas"]["Word"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One entry of `transcript_with_tool_calls`. Zudu documents no item shape (the seed shows `[]`); in Retell's
         *     object, which Zudu mirrors, entries are utterances (`role`, `content`, `words`) or tool calls (`role`
         *     `tool_call_invocation`/`tool_call_result`, `tool_call_id`, `name`, `arguments`, `content`). Modelled
         *     leniently. Source: seed 002, providers.md.
         */
        TranscriptWithToolCallsEntry: {
            /** @description `assistant`, `user`, or a tool-call role (Retell's names; not documented by Zudu). Source: providers.md. */
            role?: string;
            /** @description Text of the utterance or tool result. Source: providers.md (Retell's names). */
            content?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A call lifecycle event. Source: seed 002 (`events`). */
        Event: {
            /** @description When it happened, Unix epoch milliseconds. Source: seed 002. */
            timestamp?: number;
            /** @description What happened, free text (e.g. `Call created`, `Call started - INBOUND`). Source: seed 002. */
            event?: string;
            /** @description Time into the session; the unit is not documented (0 in both seed events). Source: seed 002. */
            session_time?: number;
            /** @description Event details, free-form (e.g. `{direction, from, to}` for a call start). Source: seed 002. */
            data?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Distribution of one latency over the call, in **milliseconds** (e.g. p50 250.5): `num` is the number of
         *     samples, `values` the samples. Source: seed 002; unit from providers.md (Retell's latency object, ms).
         */
        LatencyStats: {
            /** @description Maximum, milliseconds. Source: seed 002. */
            max?: number;
            /** @description Minimum, milliseconds. Source: seed 002. */
            min?: number;
            /** @description Number of samples (a count, no unit). Source: seed 002. */
            num?: number;
            /** @description Median, milliseconds. Source: seed 002. */
            p50?: number;
            /** @description 90th percentile, milliseconds. Source: seed 002. */
            p90?: number;
            /** @description 95th percentile, milliseconds. Source: seed 002. */
            p95?: number;
            /** @description 99th percentile, milliseconds. Source: seed 002. */
            p99?: number;
            /** @description The samples, milliseconds (the seed lists fewer values than `num`). Source: seed 002. */
            values?: number[];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Latency by stage, milliseconds. The seed shows `e2e` (end to end) and `llm`; Retell's object, which Zudu
         *     mirrors, also has `tts`, `asr`, `llm_websocket_network_rtt`, `knowledge_base`, `s2s`, each with the same
         *     `LatencyStats` shape; those arrive as additional properties. Source: seed 002, providers.md.
         */
        Latency: {
            /** @description End-to-end latency (user stops speaking → agent starts), milliseconds. Source: seed 002. */
            e2e?: components["schemas"]["LatencyStats"];
            /** @description Language-model latency, milliseconds. Source: seed 002. */
            llm?: components["schemas"]["LatencyStats"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Post-call analysis, with Retell's field names (providers.md); `null` until the call is analysed (the seed,
         *     an ongoing call, has `null`). Source: seed 002, providers.md.
         */
        CallAnalysis: ({
            /** @description Summary of the call (text). Source: providers.md (Retell's names). */
            call_summary?: string;
            /** @description Whether the call achieved its goal. Source: providers.md (Retell's names). */
            call_successful?: boolean;
            /** @description User sentiment, open string: `Positive` in providers.md; Retell also uses `Negative`, `Neutral`, `Unknown`. Source: providers.md. */
            user_sentiment?: string;
            /** @description Whether the call reached voicemail. Source: providers.md (Retell's names). */
            in_voicemail?: boolean;
            /** @description Custom post-call data extracted by the agent's analysis prompts, free-form. Source: providers.md (Retell's names). */
            custom_analysis_data?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        }) | null;
        /** @description Cost of one billed product. No currency is named; the values are dollar-sized (USD). Source: seed 002 (`call_cost.product_costs`). */
        ProductCost: {
            /** @description Product name, open string (e.g. `inbound_call`, `llm_usage`). Source: seed 002. */
            product?: string;
            /** @description Cost of this product for the call, dollar-sized (USD; no currency named). Source: seed 002. */
            cost?: number;
            /**
             * @description Price per unit, dollar-sized (USD). The unit is not documented; the seed is consistent with a per-minute
             *     price (`inbound_call`: 0.1 = 0.02 × 5 min of the 300 s). Source: seed 002.
             */
            unit_price?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Cost of the call. Zudu names no currency; the values are dollar-sized (0.15 for 5 minutes), read as USD.
         *     (Retell's `combined_cost` is in cents; Zudu's example is not.) Source: seed 002, providers.md.
         */
        CallCost: ({
            /** @description Total cost of the call, dollar-sized (USD; the sum of `product_costs[].cost` in the seed). Source: seed 002. */
            combined_cost?: number;
            /** @description Cost per billed product. Source: seed 002. */
            product_costs?: components["schemas"]["ProductCost"][];
            /** @description Billed duration, seconds. Source: seed 002. */
            total_duration_seconds?: number;
            /** @description Duration price per unit, dollar-sized (USD; per minute, judging by the seed). Source: seed 002. */
            total_duration_unit_price?: number;
            /** @description One-time (non-duration) charges, dollar-sized (USD). Source: seed 002. */
            total_one_time_price?: number;
        } & {
            [key: string]: unknown;
        }) | null;
        /** @description Telephony carrier identifiers, e.g. Twilio's `call_sid` (`CA…`) and `conference_sid` (`CF…`); other keys are accepted. Source: seed 002. */
        TelephonyIdentifier: ({
            /** @description Carrier call SID (Twilio `CA…`). Source: seed 002. */
            call_sid?: string;
            /** @description Carrier conference SID (Twilio `CF…`). Source: seed 002. */
            conference_sid?: string;
        } & {
            [key: string]: unknown;
        }) | null;
        /**
         * @description A Zudu call record: the `data` of Get call by ID, and each item of the list's `data.calls`. The page
         *     marks no field required; `call_id` (the call's identity, used in the path) and `agent_id` appear in
         *     every example and are required here. Source: seed 002 (Get call by ID), providers.md.
         */
        Call: {
            /** @description Record id (a UUID in the seed); distinct from `call_id`. Source: seed 002. */
            id?: string;
            /** @description Agent that handled the call. Source: seed 002. */
            agent_id: string;
            /** @description Call identifier; the `callId` of `GET /api/calls/{callId}`. Source: seed 002. */
            call_id: string;
            /** @description Organization that owns the call. Source: seed 002. */
            organization_id?: string;
            /** @description Status of the call, either case (REGISTERED, ONGOING, ENDED, ERROR, SCHEDULED). Source: seed 002, providers.md. */
            call_status?: components["schemas"]["CallStatus"];
            /** @description Phone or web call, either case (PHONE_CALL, WEB_CALL). Source: seed 002, providers.md. */
            call_type?: components["schemas"]["CallType"];
            /** @description INBOUND or OUTBOUND, either case. Source: seed 002, providers.md. */
            direction?: components["schemas"]["Direction"];
            /** @description Calling number, E.164 (e.g. `+1234567890`); null where there is none (web calls). Source: seed 002. */
            from_number?: string | null;
            /** @description Called number, E.164; null where there is none (web calls). Source: seed 002. */
            to_number?: string | null;
            /** @description Start of the call, Unix epoch milliseconds; null before it starts. Source: seed 002. */
            start_timestamp?: number | null;
            /** @description End of the call, Unix epoch milliseconds; null while ongoing (as in the seed). Source: seed 002. */
            end_timestamp?: number | null;
            /** @description Call duration, milliseconds (Zudu uses ms throughout; the list filter is `duration_ms`); null while ongoing. Source: seed 002, providers.md. */
            call_duration?: number | null;
            /** @description Why the call ended, open string in upper case (e.g. `USER_HANGUP`); null while ongoing. Source: seed 002, providers.md. */
            disconnection_reason?: string | null;
            /** @description URL of the call recording (an HTTPS `.mp4` in the seed); null without a recording. Source: seed 002. */
            recording_url?: string | null;
            /** @description URL of the call's public log. Source: seed 002. */
            public_log_url?: string | null;
            /** @description Whether storage of sensitive data (transcript, recording) was opted out of for this call. Source: seed 002. */
            opt_out_sensitive_data_storage?: boolean;
            /** @description Free-form metadata attached to the call by the caller of the API (e.g. `customer_id`, `campaign`). Source: seed 002. */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /** @description Lifecycle events of the call, in order. Source: seed 002. */
            events?: components["schemas"]["Event"][];
            /** @description Plain-text transcript. Source: seed 002. */
            transcript?: string | null;
            /** @description Transcript turns with epoch-ms timestamps and word timings. Source: seed 002. */
            transcript_object?: components["schemas"]["TranscriptTurn"][];
            /** @description Transcript including tool calls; item shape not documented (`[]` in the seed). Source: seed 002. */
            transcript_with_tool_calls?: components["schemas"]["TranscriptWithToolCallsEntry"][];
            /** @description Latency distributions by stage, milliseconds. Source: seed 002, providers.md. */
            latency?: components["schemas"]["Latency"];
            /** @description Post-call analysis (Retell's names); null until analysed. Source: seed 002, providers.md. */
            call_analysis?: components["schemas"]["CallAnalysis"];
            /** @description Cost of the call, dollar-sized (USD; no currency named). Source: seed 002. */
            call_cost?: components["schemas"]["CallCost"];
            /** @description Carrier identifiers (Twilio call/conference SIDs). Source: seed 002. */
            telephony_identifier?: components["schemas"]["TelephonyIdentifier"];
        } & {
            [key: string]: unknown;
        };
        /** @description Zudu's envelope around one call: `{message, status, error, data}`. Source: seed 002 (Response). */
        GetCallResponse: {
            /** @description Human-readable outcome (e.g. `Call retrieved successfully`). Source: seed 002. */
            message?: string;
            /**
             * @description `success` or `error`; `error` means failure even on HTTP 200. Source: seed 002, providers.md.
             * @enum {string}
             */
            status?: "success" | "error";
            /** @description Error text; null on success. Source: seed 002. */
            error?: string | null;
            /** @description The call. Source: seed 002. */
            data?: components["schemas"]["Call"];
        } & {
            [key: string]: unknown;
        };
        /** @description Call-duration filter, milliseconds (both bounds optional). Source: providers.md (`filter_criteria.duration_ms`). */
        DurationRange: {
            /** @description Minimum call duration, milliseconds. Source: providers.md. */
            lower_threshold?: number;
            /** @description Maximum call duration, milliseconds. Source: providers.md. */
            upper_threshold?: number;
        };
        /** @description Filters of the list request; every filter is optional. Source: providers.md. */
        FilterCriteria: {
            /** @description Only calls in one of these statuses (either case). Source: providers.md. */
            call_status?: components["schemas"]["CallStatus"][];
            /** @description Only calls of one of these types (either case). Source: providers.md. */
            call_type?: components["schemas"]["CallType"][];
            /** @description Only calls of this agent. Source: providers.md. */
            agent_id?: string;
            /** @description Only calls whose duration is within this range, milliseconds. Source: providers.md. */
            duration_ms?: components["schemas"]["DurationRange"];
            /** @description Only calls whose transcript contains this text (matching rules not documented). Source: providers.md. */
            transcript_search?: string;
        };
        /** @description JSON body of `POST /api/calls`; every property is optional. Source: providers.md. */
        ListCallsRequest: {
            /** @description Page number, **0-based** (the first page is 0; the default when omitted is not documented, 0 in practice). Source: providers.md. */
            page?: number;
            /** @description Calls per page (a count; the maximum and default are not documented). Source: providers.md. */
            limit?: number;
            /** @description Call field to sort by, e.g. `start_timestamp` (the allowed values are not documented). Source: providers.md. */
            sort_by?: string;
            /** @description `ascending` or `descending`. Source: providers.md. */
            sort_order?: components["schemas"]["SortOrder"];
            /** @description Filters. Source: providers.md. */
            filter_criteria?: components["schemas"]["FilterCriteria"];
        };
        /**
         * @description Page-number pagination state. Two shapes are documented on different pages (providers.md):
         *     `{page, limit, total_count, total_pages, has_next_page, has_previous_page}` and
         *     `{page, limit, total, total_pages}`. Both are accepted: every property is optional. A next page exists
         *     when `has_next_page` is true, else when `page + 1 < total_pages`. Source: providers.md.
         */
        Pagination: {
            /** @description This page's number, 0-based. Source: providers.md. */
            page?: number;
            /** @description Page size (calls per page). Source: providers.md. */
            limit?: number;
            /** @description Total number of calls matching the filters (first shape). Source: providers.md. */
            total_count?: number;
            /** @description Total number of calls matching the filters (second shape). Source: providers.md. */
            total?: number;
            /** @description Number of pages (both shapes). Source: providers.md. */
            total_pages?: number;
            /** @description Whether a next page exists (first shape). Source: providers.md. */
            has_next_page?: boolean;
            /** @description Whether a previous page exists (first shape). Source: providers.md. */
            has_previous_page?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description `data` of the list envelope. Source: providers.md. */
        ListCallsData: {
            /** @description Organization the calls belong to. Source: providers.md. */
            organization_id?: string;
            /** @description This page's calls, full call records. Source: providers.md. */
            calls?: components["schemas"]["Call"][];
            /** @description Pagination state, in either documented shape. Source: providers.md. */
            pagination?: components["schemas"]["Pagination"];
            /** @description Number of calls in this page (a count). Source: providers.md. */
            returned_count?: number;
            /** @description Sort direction applied (`ascending` or `descending`; echoed, so not enforced here). Source: providers.md. */
            sort_order?: string;
            /** @description Sort field applied. Source: providers.md. */
            sort_by?: string;
            /** @description Filters applied, an echo of `filter_criteria` (free-form). Source: providers.md. */
            applied_filters?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description Zudu's envelope around a page of calls: `{message, status, error, data}`. Source: providers.md. */
        ListCallsResponse: {
            /** @description Human-readable outcome. Source: providers.md. */
            message?: string;
            /**
             * @description `success` or `error`; `error` means failure even on HTTP 200. Source: providers.md.
             * @enum {string}
             */
            status?: "success" | "error";
            /** @description Error text; null on success. Source: providers.md. */
            error?: string | null;
            /** @description The page. Source: providers.md. */
            data?: components["schemas"]["ListCallsData"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Zudu's envelope with `status: "error"`, used for every error status (providers.md: 401, 404 and 500 use
         *     the same envelope; 400, 403 and 429 bodies are not documented and are assumed to match).
         *     Source: providers.md.
         */
        ErrorEnvelope: {
            /** @description Short message (e.g. `Call not found`). Source: providers.md. */
            message?: string;
            /**
             * @description Always `error`. Source: providers.md.
             * @enum {string}
             */
            status?: "error";
            /** @description Details (e.g. `Call with ID 'call_abc123' does not exist`). Source: providers.md. */
            error?: string | null;
            /** @description Absent or null on errors (any value accepted). Source: providers.md. */
            data?: unknown;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Body of the post-call webhook: undocumented (https://docs.zudu.ai), accepted leniently as any JSON
         *     object. Expected to be the call object (`Call`), possibly wrapped in `{call}` or `{data}`.
         */
        PostCallWebhook: {
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
        /** @description Missing or invalid `X-API-KEY` / `X-API-SECRET` (both are required). Envelope per providers.md. */
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
        /** @description No call with this id. Example from providers.md. */
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
        /** @description Server error. Envelope per providers.md. */
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
                /** @description Unique identifier of the call (the record's `call_id`, e.g. `call-456`). Source: seed 002. */
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Call retrieved successfully. Source: seed 002. */
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
        /** @description List options; every property is optional (`{}` lists the first page). Source: providers.md. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListCallsRequest"];
            };
        };
        responses: {
            /** @description Calls retrieved successfully. Source: providers.md. */
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
    postCallWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostCallWebhook"];
            };
        };
        responses: {
            /** @description Assumed: any 2xx acknowledges the event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
