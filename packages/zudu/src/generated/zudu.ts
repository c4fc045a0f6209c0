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
         * @description Retrieve one call, wrapped in Zudu's envelope. Source: seed 002.
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
         * @description List calls with a JSON body: 0-based `page`, `limit`, sorting and filter criteria (providers.md). Wrapped in Zudu's envelope.
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
         * @description Call status: REGISTERED, ONGOING, ENDED, ERROR, SCHEDULED (documented upper case; one page shows lower case, so both are accepted).
         * @enum {string}
         */
        CallStatus: "REGISTERED" | "ONGOING" | "ENDED" | "ERROR" | "SCHEDULED" | "registered" | "ongoing" | "ended" | "error" | "scheduled";
        /**
         * @description Call type: PHONE_CALL or WEB_CALL (either case).
         * @enum {string}
         */
        CallType: "PHONE_CALL" | "WEB_CALL" | "phone_call" | "web_call";
        /**
         * @description Call direction: INBOUND or OUTBOUND (either case).
         * @enum {string}
         */
        Direction: "INBOUND" | "OUTBOUND" | "inbound" | "outbound";
        /** @description One word of a transcript turn with its timing. */
        Word: {
            /** @description The word. */
            word?: string;
            /** @description Start of the word, Unix epoch milliseconds. */
            start?: number;
            /** @description End of the word, Unix epoch milliseconds. */
            end?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description One turn of `transcript_object`. */
        TranscriptTurn: {
            /** @description Who spoke: `assistant` or `user` (Retell also uses `agent`). */
            role?: string;
            /** @description What was said. */
            content?: string;
            /** @description Start of the turn, Unix epoch milliseconds. */
            timestamp?: number;
            words?: components["schemas"]["Word"][];
        } & {
            [key: string]: unknown;
        };
        /** @description A call lifecycle event. */
        Event: {
            /** @description When it happened, Unix epoch milliseconds. */
            timestamp?: number;
            /** @description What happened (e.g. `Call created`). */
            event?: string;
            /** @description Time into the session (unit not documented; 0 in the example). */
            session_time?: number;
            /** @description Event details (free-form). */
            data?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description Distribution of one latency, in **milliseconds** (`num` is the number of samples; `values` a sample of them). */
        LatencyStats: {
            /** @description Maximum, ms. */
            max?: number;
            /** @description Minimum, ms. */
            min?: number;
            /** @description Number of samples. */
            num?: number;
            /** @description Median, ms. */
            p50?: number;
            /** @description 90th percentile, ms. */
            p90?: number;
            /** @description 95th percentile, ms. */
            p95?: number;
            /** @description 99th percentile, ms. */
            p99?: number;
            /** @description Sampled values, ms. */
            values?: number[];
        } & {
            [key: string]: unknown;
        };
        /** @description Latency by stage, ms (Retell's names: `e2e`, `llm`, `tts`, `asr`, …); every stage has the same shape. */
        Latency: {
            e2e?: components["schemas"]["LatencyStats"];
            llm?: components["schemas"]["LatencyStats"];
        } & {
            [key: string]: components["schemas"]["LatencyStats"];
        };
        /** @description Post-call analysis with Retell's names; null until analysed. */
        CallAnalysis: ({
            /** @description Summary of the call. */
            call_summary?: string;
            /** @description Whether the call achieved its goal. */
            call_successful?: boolean;
            /** @description User sentiment, e.g. `Positive`, `Neutral`, `Negative`. */
            user_sentiment?: string;
            /** @description Whether the call reached voicemail. */
            in_voicemail?: boolean;
            /** @description Custom extracted data (free-form). */
            custom_analysis_data?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        }) | null;
        /** @description Cost of one product (USD-sized, no currency named). */
        ProductCost: {
            /** @description Product name (e.g. `inbound_call`, `llm_usage`). */
            product?: string;
            /** @description Cost of this product for the call. */
            cost?: number;
            /** @description Price per unit. */
            unit_price?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Cost of the call. Zudu names no currency; the values are dollar-sized (USD). */
        CallCost: ({
            /** @description Total cost. */
            combined_cost?: number;
            product_costs?: components["schemas"]["ProductCost"][];
            /** @description Billed duration, seconds. */
            total_duration_seconds?: number;
            /** @description Price per unit of duration. */
            total_duration_unit_price?: number;
            /** @description One-time charges. */
            total_one_time_price?: number;
        } & {
            [key: string]: unknown;
        }) | null;
        /** @description A Zudu call record (`data` of Get call by ID). Source: seed 002. */
        Call: {
            /** @description Record id (UUID). */
            id?: string;
            /** @description Agent that handled the call. */
            agent_id: string;
            /** @description Call identifier (used in the path). */
            call_id: string;
            /** @description Organization that owns the call. */
            organization_id?: string;
            call_status?: components["schemas"]["CallStatus"];
            call_type?: components["schemas"]["CallType"];
            direction?: components["schemas"]["Direction"];
            /** @description Calling number (E.164). */
            from_number?: string | null;
            /** @description Called number (E.164). */
            to_number?: string | null;
            /** @description Start of the call, Unix epoch milliseconds. */
            start_timestamp?: number | null;
            /** @description End of the call, Unix epoch milliseconds; null while ongoing. */
            end_timestamp?: number | null;
            /** @description Call duration, milliseconds; null while ongoing. */
            call_duration?: number | null;
            /** @description Why the call ended, e.g. `USER_HANGUP`; null while ongoing. */
            disconnection_reason?: string | null;
            /** @description Recording URL. */
            recording_url?: string | null;
            /** @description URL of the call's public log. */
            public_log_url?: string | null;
            /** @description Whether sensitive data storage was opted out of. */
            opt_out_sensitive_data_storage?: boolean;
            /** @description Free-form metadata attached to the call. */
            metadata?: {
                [key: string]: unknown;
            } | null;
            events?: components["schemas"]["Event"][];
            /** @description Plain-text transcript. */
            transcript?: string | null;
            /** @description Transcript turns with word timings. */
            transcript_object?: components["schemas"]["TranscriptTurn"][];
            /** @description Transcript including tool calls (item shape not documented). */
            transcript_with_tool_calls?: unknown[];
            latency?: components["schemas"]["Latency"];
            call_analysis?: components["schemas"]["CallAnalysis"];
            call_cost?: components["schemas"]["CallCost"];
            /** @description Telephony identifiers (e.g. Twilio `call_sid`, `conference_sid`). */
            telephony_identifier?: {
                [key: string]: unknown;
            } | null;
        } & {
            [key: string]: unknown;
        };
        /** @description Zudu's envelope around one call. */
        GetCallResponse: {
            /** @description Human-readable outcome. */
            message?: string;
            /**
             * @description `success` or `error`.
             * @enum {string}
             */
            status?: "success" | "error";
            /** @description Error text; null on success. */
            error?: string | null;
            data?: components["schemas"]["Call"];
        } & {
            [key: string]: unknown;
        };
        /** @description Duration filter, milliseconds. */
        DurationRange: {
            /** @description Minimum duration, ms. */
            lower_threshold?: number;
            /** @description Maximum duration, ms. */
            upper_threshold?: number;
        };
        /** @description Filters of the list. */
        FilterCriteria: {
            call_status?: components["schemas"]["CallStatus"][];
            call_type?: components["schemas"]["CallType"][];
            /** @description Only calls of this agent. */
            agent_id?: string;
            duration_ms?: components["schemas"]["DurationRange"];
            /** @description Full-text search in transcripts. */
            transcript_search?: string;
        };
        /** @description Body of the list request (providers.md). */
        ListCallsRequest: {
            /** @description 0-based page number. */
            page?: number;
            /** @description Calls per page. */
            limit?: number;
            /** @description Field to sort by (e.g. `start_timestamp`). */
            sort_by?: string;
            /**
             * @description Sort direction.
             * @enum {string}
             */
            sort_order?: "ascending" | "descending";
            filter_criteria?: components["schemas"]["FilterCriteria"];
        };
        /** @description Pagination state. Two shapes are documented: `{page, limit, total_count, total_pages, has_next_page, has_previous_page}` and `{page, limit, total, total_pages}`; all properties are optional. */
        Pagination: {
            /** @description 0-based page number. */
            page?: number;
            /** @description Page size. */
            limit?: number;
            /** @description Total calls (first shape). */
            total_count?: number;
            /** @description Total calls (second shape). */
            total?: number;
            /** @description Number of pages. */
            total_pages?: number;
            /** @description Whether a next page exists. */
            has_next_page?: boolean;
            /** @description Whether a previous page exists. */
            has_previous_page?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description `data` of the list response. */
        ListCallsData: {
            /** @description Organization id. */
            organization_id?: string;
            calls?: components["schemas"]["Call"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description Calls in this page. */
            returned_count?: number;
            /** @description Sort direction applied. */
            sort_order?: string;
            /** @description Sort field applied. */
            sort_by?: string;
            /** @description Filters applied (echo of the request). */
            applied_filters?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description Zudu's envelope around a page of calls. */
        ListCallsResponse: {
            /** @description Human-readable outcome. */
            message?: string;
            /**
             * @description `success` or `error`.
             * @enum {string}
             */
            status?: "success" | "error";
            /** @description Error text; null on success. */
            error?: string | null;
            data?: components["schemas"]["ListCallsData"];
        } & {
            [key: string]: unknown;
        };
        /** @description Zudu's envelope with `status: error` (providers.md), used for 401, 404 and 500 alike. */
        ErrorEnvelope: {
            /** @description Short message. */
            message?: string;
            /**
             * @description Always `error`.
             * @enum {string}
             */
            status: "error";
            /** @description Details. */
            error?: string | null;
            /** @description Absent or null on errors. */
            data?: unknown;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Invalid request body. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Missing or invalid API key/secret. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The key may not access this call. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description No call with this id (example from providers.md). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Rate limited. Zudu documents no rate limits; modelled with its envelope. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying, when sent. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Server error. */
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
                /** @description Unique identifier of the call. */
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Call retrieved successfully */
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
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ListCallsRequest"];
            };
        };
        responses: {
            /** @description Calls retrieved successfully */
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
