/**
 * GENERATED from specs/openmic.yaml by scripts/generate.mjs. Do not edit by hand:
 * change the spec and run `pnpm generate`.
 */

export interface paths {
    "/v1/call/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Call
         * @description Retrieve one call by its id, with transcript, latency, analysis and cost. Source: https://docs.openmic.ai/api-reference/calls/get-call.
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
    "/v1/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Calls
         * @description List calls, newest first as the API returns them (no sort parameter is documented), with offset
         *     pagination (`limit` 1–100, `offset` ≥ 0). Source: https://docs.openmic.ai/api-reference/calls/list-calls.
         */
        get: operations["listCalls"];
        put?: never;
        post?: never;
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
         * @description Type of call.
         * @enum {string}
         */
        CallType: "phonecall" | "webcall";
        /**
         * @description Call direction.
         * @enum {string}
         */
        CallDirection: "inbound" | "outbound";
        /**
         * @description Current call status.
         * @enum {string}
         */
        CallStatus: "registered" | "ongoing" | "ended" | "error";
        /** @description An OpenMic call record. Source: https://docs.openmic.ai/api-reference/calls/get-call (Get Call), response fields. */
        Call: {
            call_type: components["schemas"]["CallType"];
            /** @description Originating phone number (E.164 in the examples, e.g. `+1234567890`). */
            from_number: string;
            /** @description Destination phone number (E.164 in the examples). */
            to_number: string;
            direction: components["schemas"]["CallDirection"];
            /** @description Unique call identifier. */
            call_id: string;
            /** @description Bot/agent identifier (the list filter calls it `bot_id`). */
            agent_id: string;
            call_status: components["schemas"]["CallStatus"];
            /** @description Customer identifier. */
            customer_id?: string;
            /** @description Telephony system identifiers. Free-form; its keys are not documented. */
            telephony_identifier?: {
                [key: string]: unknown;
            };
            /** @description Call start time (Unix timestamp in milliseconds). */
            start_timestamp?: number;
            /** @description Call end time (Unix timestamp in milliseconds). */
            end_timestamp?: number;
            /** @description Call duration in milliseconds. */
            duration_ms?: number;
            /**
             * @description Call transcript as array of [speaker, message] pairs. Speakers seen: `assistant`, `user`.
             *     The List Calls example shows a one-element entry (`["<string>"]`), so an entry may hold fewer
             *     than two strings.
             */
            transcript?: components["schemas"]["TranscriptEntry"][];
            /** @description URL to call recording. */
            recording_url?: string;
            latency?: components["schemas"]["CallLatency"];
            call_analysis?: components["schemas"]["CallAnalysis"];
            call_cost?: components["schemas"]["CallCost"];
            /** @description Dynamic variables sent in key-value pairs to replace in the prompt, e.g. `{ "name": "John" }`. */
            dynamic_variables?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description One transcript turn, `[speaker, message]`. */
        TranscriptEntry: string[];
        /**
         * @description Latency metrics for different components, in **seconds** (the reference example gives 0.5, 1.2,
         *     2.1; https://docs.openmic.ai/api-reference/calls/get-call). `e2e` is end to end, `llm` the language model, `tts` text to speech.
         */
        CallLatency: {
            /** @description Minimum end-to-end latency, seconds. */
            e2e_min_latency?: number;
            /** @description Median (p50) end-to-end latency, seconds. */
            e2e_median_latency?: number;
            /** @description 90th percentile end-to-end latency, seconds. */
            e2e_p90_latency?: number;
            /** @description Minimum LLM latency, seconds. */
            llm_min_latency?: number;
            /** @description Median (p50) LLM latency, seconds. */
            llm_median_latency?: number;
            /** @description 90th percentile LLM latency, seconds. */
            llm_p90_latency?: number;
            /** @description Minimum TTS latency, seconds. */
            tts_min_latency?: number;
            /** @description Median (p50) TTS latency, seconds. */
            tts_median_latency?: number;
            /** @description 90th percentile TTS latency, seconds. */
            tts_p90_latency?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Post-call analysis results including summary and success metrics. */
        CallAnalysis: {
            /** @description Summary of the call. */
            summary?: string;
            /** @description Whether the call achieved its goal. */
            is_successful?: boolean;
            /** @description Free-text evaluation of success (e.g. `excellent`). */
            success_evaluation?: string;
            /** @description Data extracted from the call; `null` when nothing was extracted. Free-form. */
            extracted_data?: {
                [key: string]: unknown;
            } | null;
        } & {
            [key: string]: unknown;
        };
        /** @description Detailed cost breakdown for the call. No currency is named; the values are USD-sized (https://docs.openmic.ai/api-reference/calls/get-call). */
        CallCost: {
            /** @description Total cost of the call (USD). */
            total_cost?: number;
            /** @description Language model cost (USD). */
            llm_cost?: number;
            /** @description Text-to-speech cost (USD). */
            tts_cost?: number;
            /** @description Speech-to-text cost (USD). */
            stt_cost?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Offset pagination state of a List Calls response. */
        Pagination: {
            /** @description Page size used. */
            limit: number;
            /** @description Number of calls skipped. */
            offset: number;
            /** @description Total number of calls matching the filters. */
            total: number;
            /** @description Whether more calls follow this page. */
            has_more: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description One page of calls. Source: https://docs.openmic.ai/api-reference/calls/list-calls. */
        ListCallsResponse: {
            calls: components["schemas"]["Call"][];
            pagination: components["schemas"]["Pagination"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Error body of OpenMic's own OpenAPI file (https://docs.openmic.ai/api-reference/calls/get-call): `{"error": "<text>"}`, and 401 adds
         *     `message`. The Get/List Calls reference pages document no error responses.
         */
        Error: {
            /** @description Short error text. */
            error: string;
            /** @description Longer explanation (401 only, in the reference). */
            message?: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Invalid parameters. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing or invalid API key. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No call with this id. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limited. OpenMic documents no rate limits and no 429 body; modelled like its other errors. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying, when sent. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Server error. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
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
                /** @description The unique identifier of the call (`call_id`). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Call details retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listCalls: {
        parameters: {
            query?: {
                /** @description Maximum number of calls to return (1-100). */
                limit?: number;
                /** @description Number of calls to skip. */
                offset?: number;
                /** @description Filter by customer ID. */
                customer_id?: string;
                /** @description Filter by originating phone number. */
                from_number?: string;
                /** @description Filter by destination phone number. */
                to_number?: string;
                /** @description Filter by bot ID (the call record names it `agent_id`). */
                bot_id?: string;
                /** @description Filter calls from this date (ISO 8601 format). */
                from_date?: string;
                /** @description Filter calls to this date (ISO 8601 format). */
                to_date?: string;
                /** @description Filter by call status. */
                call_status?: components["schemas"]["CallStatus"];
                /** @description Filter by call type. */
                call_type?: components["schemas"]["CallType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of calls retrieved successfully */
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
