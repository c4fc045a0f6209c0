/**
 * GENERATED from specs/butter.yaml by scripts/generate.mjs. Do not edit by hand:
 * change the spec and run `pnpm generate`.
 */

export interface paths {
    "/api/calls/{call_sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Call
         * @description Get detailed information about a specific call including transcript, turns, usage statistics, and cost
         *     breakdown, in Butter's `{success, data}` envelope. `success: false` is an error even on HTTP 200.
         *     Source: https://docs.getbutter.ai/api-reference/calls/get (Get Call).
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
        /**
         * List Calls
         * @description List calls with opaque cursor pagination: `limit` 1–100 (default 50), and `cursor` from the previous
         *     page's `pagination.next_cursor` (omit it for the first page). Rows (`CallListItem`) carry fewer fields
         *     than Get Call. No filters are documented. Source: https://docs.getbutter.ai/api-reference/introduction.
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
         * @description Current call status. The reference pages use two vocabularies (https://docs.getbutter.ai/resources/disconnect-codes): Butter's `completed`,
         *     `ringing`, `in_progress`, and Twilio's `queued`, `initiated`, `ringing`, `in-progress`, `completed`,
         *     `busy`, `no-answer`, `failed`, `canceled`. The enum is their union (note `in_progress` and
         *     `in-progress` both). Source: https://docs.getbutter.ai/api-reference/calls/get (`completed`), https://docs.getbutter.ai/resources/disconnect-codes.
         * @enum {string}
         */
        CallStatus: "completed" | "ringing" | "in_progress" | "queued" | "initiated" | "in-progress" | "busy" | "no-answer" | "failed" | "canceled";
        /**
         * @description Type of call: inbound, outbound, or preview (a test call from the dashboard). Source: https://docs.getbutter.ai/api-reference/calls/get.
         * @enum {string}
         */
        CallType: "inbound" | "outbound" | "preview";
        /**
         * @description Transport method: twilio, sip, or webrtc. Source: https://docs.getbutter.ai/api-reference/calls/get.
         * @enum {string}
         */
        Transport: "twilio" | "sip" | "webrtc";
        /**
         * @description Agent configuration used during the call (LLM model, TTS provider, temperature, etc.). The documented
         *     keys are the example's; others are accepted (free-form). Source: https://docs.getbutter.ai/api-reference/calls/get.
         */
        AgentConfig: {
            /** @description LLM model name (e.g. `gpt-4`). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            llm_model?: string;
            /** @description LLM vendor (e.g. `openai`). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            llm_provider?: string;
            /** @description LLM sampling temperature (unitless, e.g. 0.7). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            llm_temperature?: number;
            /** @description Text-to-speech vendor (e.g. `elevenlabs`). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            tts_provider?: string;
            /** @description Speech-to-text vendor (e.g. `deepgram`). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            stt_provider?: string;
            /** @description Whether the agent speaks first. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            speak_first?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description Cost of one component, in credits, with the units consumed. Source: https://docs.getbutter.ai/api-reference/calls/get (cost_breakdown.*). */
        CostItem: {
            /** @description Cost in **credits** (not money). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            cost_credits?: number;
            /** @description Units consumed; the unit depends on the component (tokens for LLM, characters for TTS, seconds for STT, minutes for telephony, judging by the example; not documented). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            units?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Detailed cost breakdown by component, in **credits**. Source: https://docs.getbutter.ai/api-reference/calls/get. */
        CostBreakdown: {
            /** @description Input token costs, credits. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            llm_input?: components["schemas"]["CostItem"];
            /** @description Output token costs, credits. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            llm_output?: components["schemas"]["CostItem"];
            /** @description Text-to-speech costs, credits. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            tts?: components["schemas"]["CostItem"];
            /** @description Speech-to-text costs, credits. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            stt?: components["schemas"]["CostItem"];
            /** @description Telephony costs, credits. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            telephony?: components["schemas"]["CostItem"];
        } & {
            [key: string]: unknown;
        };
        /** @description LLM token usage. Source: https://docs.getbutter.ai/api-reference/calls/get (usage.llm). */
        LlmUsage: {
            /** @description Total LLM tokens (count). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            total_tokens?: number;
            /** @description LLM input (prompt) tokens (count). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            input_tokens?: number;
            /** @description LLM output (completion) tokens (count). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            output_tokens?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Text-to-speech usage: character count. Source: https://docs.getbutter.ai/api-reference/calls/get (usage.tts). */
        TtsUsage: {
            /** @description Characters synthesised (count). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            total_characters?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Speech-to-text usage: audio duration. Source: https://docs.getbutter.ai/api-reference/calls/get (usage.stt). */
        SttUsage: {
            /** @description Audio transcribed, seconds. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            total_duration_seconds?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Usage statistics. Source: https://docs.getbutter.ai/api-reference/calls/get (usage). */
        Usage: {
            /** @description Token usage (input_tokens, output_tokens, total_tokens). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            llm?: components["schemas"]["LlmUsage"];
            /** @description Character count. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            tts?: components["schemas"]["TtsUsage"];
            /** @description Audio duration in seconds. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            stt?: components["schemas"]["SttUsage"];
        } & {
            [key: string]: unknown;
        };
        /** @description Call summary metrics. Source: https://docs.getbutter.ai/api-reference/calls/get (summary). */
        Summary: {
            /** @description Why the call ended, open string (e.g. `tool_end_call`; the values are not enumerated). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            end_reason?: string;
            /** @description Number of interruptions (count). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            interruptions?: number;
            /** @description Average turn duration in seconds. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            avg_turn_duration?: number;
            /** @description Total LLM tokens used (count). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            total_tokens?: number;
            /** @description Total TTS characters (count). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            total_characters?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Error information if any errors occurred during the call. Source: https://docs.getbutter.ai/api-reference/calls/get (errors). */
        Errors: {
            /** @description Number of errors (count). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            error_count?: number;
            /** @description Whether any errors were fatal. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            has_fatal_errors?: boolean;
            /** @description Array of error details; the item shape is not documented (`[]` in the example). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            errors?: unknown[];
        } & {
            [key: string]: unknown;
        };
        /** @description LLM metadata of a turn event. Source: https://docs.getbutter.ai/api-reference/calls/get (turns[].events[].metadata.llm). */
        LlmEventMetadata: {
            /** @description LLM tokens of this event (count). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            total_tokens?: number;
            /** @description LLM time to first byte, **seconds** (e.g. 0.5). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            ttfb?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Metadata of a turn event: LLM, TTS and STT metadata per the page ("LLM metadata, TTS metadata, and STT
         *     metadata"); only `llm` is shown, `tts`/`stt` are free-form. Source: https://docs.getbutter.ai/api-reference/calls/get.
         */
        TurnEventMetadata: {
            /** @description LLM metadata (tokens, time to first byte in seconds). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            llm?: components["schemas"]["LlmEventMetadata"];
            /** @description TTS metadata, free-form (shape not documented). Source: https://docs.getbutter.ai/api-reference/calls/get (text). */
            tts?: {
                [key: string]: unknown;
            };
            /** @description STT metadata, free-form (shape not documented). Source: https://docs.getbutter.ai/api-reference/calls/get (text). */
            stt?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description One event of a turn (assistant response, tool call, LLM/TTS/STT metadata). Source: https://docs.getbutter.ai/api-reference/calls/get (turns[].events[]). */
        TurnEvent: {
            /** @description Event type, open string (e.g. `assistant_response`; tool calls have their own types, not enumerated). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            type?: string;
            /** @description Text of the event, when it has one. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            text?: string;
            /** @description When the event happened, seconds from the start of the call. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            relative_time?: number;
            /** @description LLM/TTS/STT metadata of the event. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            metadata?: components["schemas"]["TurnEventMetadata"];
        } & {
            [key: string]: unknown;
        };
        /** @description A conversation turn with detailed events. Source: https://docs.getbutter.ai/api-reference/calls/get (turns[]). */
        Turn: {
            /** @description Turn number, 1-based. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            turn_number?: number;
            /** @description Start of the turn, seconds from the start of the call. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            relative_start_time?: number;
            /** @description End of the turn, seconds from the start of the call. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            relative_end_time?: number;
            /** @description Turn duration in seconds. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            duration_seconds?: number;
            /** @description Events of the turn, in order. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            events?: components["schemas"]["TurnEvent"][];
        } & {
            [key: string]: unknown;
        };
        /** @description A transcript entry with speaker, text, and timestamps. Source: https://docs.getbutter.ai/api-reference/calls/get (transcript[]). */
        TranscriptEntry: {
            /** @description Turn number the entry belongs to (1-based, matches `turns[].turn_number`). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            turn?: number;
            /** @description Who spoke, open string (`assistant`, `user`). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            speaker?: string;
            /** @description What was said. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            text?: string;
            /** @description When it was said, seconds from the start of the call. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            relative_time?: number;
            /**
             * Format: date-time
             * @description When it was said, ISO 8601 (UTC). Source: https://docs.getbutter.ai/api-reference/calls/get.
             */
            timestamp?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Complete call data object (`data` of Get Call). Required as the page marks: `call_sid`, `to_number`,
         *     `agent_id`. `trace_id` and `client_id` appear in the example only. Nullability of `recording_url`,
         *     `start_time` and `end_time` is lenient (calls not recorded, not started or not ended); the page shows
         *     none. Source: https://docs.getbutter.ai/api-reference/calls/get (Get Call, Call Data Fields).
         */
        Call: {
            /** @description Unique call identifier (`call_` + alphanumeric). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            call_sid: string;
            /** @description Trace identifier of the call (in the example only; not described). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            trace_id?: string;
            /** @description Phone number that was called (E.164 format). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            to_number: string;
            /** @description Caller phone number (E.164 in the example). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            from_number?: string;
            /** @description ID of the agent that handled the call. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            agent_id: string;
            /** @description Name of the agent. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            agent_name?: string;
            /** @description Agent configuration used during the call (LLM model, TTS provider, temperature, etc.). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            agent_config?: components["schemas"]["AgentConfig"];
            /** @description Organization/client the call belongs to (e.g. `org_123`; in the example only). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            client_id?: string;
            /** @description Type of call: inbound, outbound, or preview. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            call_type?: components["schemas"]["CallType"];
            /** @description Current call status (either vocabulary). Source: https://docs.getbutter.ai/api-reference/calls/get, https://docs.getbutter.ai/resources/disconnect-codes. */
            status?: components["schemas"]["CallStatus"];
            /** @description Transport method: twilio, sip, or webrtc. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            transport?: components["schemas"]["Transport"];
            /** @description Whether recording was enabled. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            recording_enabled?: boolean;
            /** @description S3 URL to the processed recording file (`s3://bucket/…`): not fetchable over HTTP. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            recording_url?: string | null;
            /** @description Call duration in seconds. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            duration_seconds?: number;
            /** @description Number of conversation turns (a count; typed `number` by the page). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            turn_count?: number;
            /** @description Total cost in **credits** (not money). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            total_cost?: number;
            /** @description Detailed cost breakdown by component, credits. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            cost_breakdown?: components["schemas"]["CostBreakdown"];
            /** @description Usage statistics (tokens, characters, seconds of audio). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            usage?: components["schemas"]["Usage"];
            /** @description Call summary metrics. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            summary?: components["schemas"]["Summary"];
            /** @description Error information if any errors occurred. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            errors?: components["schemas"]["Errors"];
            /** @description Array of conversation turns with detailed events. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            turns?: components["schemas"]["Turn"][];
            /** @description Array of transcript entries with speaker, text, and timestamps (a simplified view of `turns`). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            transcript?: components["schemas"]["TranscriptEntry"][];
            /**
             * Format: date-time
             * @description ISO8601 timestamp when the call was created. Source: https://docs.getbutter.ai/api-reference/calls/get.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description ISO8601 timestamp when the call started. Source: https://docs.getbutter.ai/api-reference/calls/get.
             */
            start_time?: string | null;
            /**
             * Format: date-time
             * @description ISO8601 timestamp when the call ended. Source: https://docs.getbutter.ai/api-reference/calls/get.
             */
            end_time?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A row of List Calls: call_sid, to_number, from_number, agent_id, agent_name, client_id, call_type,
         *     status, recording_enabled, total_cost, duration_seconds, turn_count, created_at, updated_at,
         *     start_time, end_time, end_reason, billing_status. Get Call has the full record. Source: https://docs.getbutter.ai/api-reference/introduction.
         */
        CallListItem: {
            /** @description Unique call identifier (the `call_sid` of Get Call). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            call_sid: string;
            /** @description Phone number that was called (E.164). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            to_number?: string;
            /** @description Caller phone number (E.164). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            from_number?: string;
            /** @description ID of the agent. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            agent_id: string;
            /** @description Name of the agent. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            agent_name?: string;
            /** @description Organization/client id. Source: https://docs.getbutter.ai/api-reference/authentication. */
            client_id?: string;
            /** @description inbound, outbound, or preview. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            call_type?: components["schemas"]["CallType"];
            /** @description Call status (either vocabulary). Source: https://docs.getbutter.ai/resources/disconnect-codes. */
            status?: components["schemas"]["CallStatus"];
            /** @description Whether recording was enabled. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            recording_enabled?: boolean;
            /** @description Total cost in **credits** (not money). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            total_cost?: number;
            /** @description Call duration in seconds. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            duration_seconds?: number;
            /** @description Number of conversation turns (a count). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            turn_count?: number;
            /**
             * Format: date-time
             * @description When the call was created, ISO 8601 (UTC). Source: https://docs.getbutter.ai/api-reference/calls/get.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the record was last updated, ISO 8601 (UTC). Source: https://docs.getbutter.ai/api-reference/calls/get.
             */
            updated_at?: string;
            /**
             * Format: date-time
             * @description When the call started, ISO 8601 (UTC); null if it never started. Source: https://docs.getbutter.ai/api-reference/calls/get.
             */
            start_time?: string | null;
            /**
             * Format: date-time
             * @description When the call ended, ISO 8601 (UTC); null while in progress. Source: https://docs.getbutter.ai/api-reference/calls/get.
             */
            end_time?: string | null;
            /** @description Why the call ended, open string (e.g. `tool_end_call`); null while in progress. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            end_reason?: string | null;
            /** @description Billing state of the call, open string (values not documented). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            billing_status?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Butter's single-object envelope `{success, data}`. Source: https://docs.getbutter.ai/api-reference/calls/get (Response). */
        GetCallResponse: {
            /** @description Indicates if the request was successful. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            success: boolean;
            /** @description Complete call data object. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            data?: components["schemas"]["Call"];
        } & {
            [key: string]: unknown;
        };
        /** @description Cursor pagination state of the list. Source: https://docs.getbutter.ai/api-reference/introduction. */
        Pagination: {
            /** @description Opaque cursor of the next page, for `cursor`; null on the last page. Source: https://docs.getbutter.ai/api-reference/introduction. */
            next_cursor?: string | null;
            /** @description Whether more calls follow this page. Source: https://docs.getbutter.ai/api-reference/introduction. */
            has_more?: boolean;
            /** @description Page size used (calls per page). Source: https://docs.getbutter.ai/api-reference/introduction. */
            page_size?: number;
            /** @description Total number of calls (a count). Source: https://docs.getbutter.ai/api-reference/calls/get. */
            total_count?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Butter's list envelope `{success, data: [...], pagination}`. Source: https://docs.getbutter.ai/api-reference/introduction. */
        ListCallsResponse: {
            /** @description Indicates if the request was successful. Source: https://docs.getbutter.ai/api-reference/calls/get. */
            success: boolean;
            /** @description This page's rows. Source: https://docs.getbutter.ai/api-reference/introduction. */
            data: components["schemas"]["CallListItem"][];
            /** @description Cursor pagination state. Source: https://docs.getbutter.ai/api-reference/introduction. */
            pagination?: components["schemas"]["Pagination"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Butter documents no error body (https://docs.getbutter.ai/api-reference/introduction). Modelled leniently on its envelope: `success: false` with
         *     an error text in `error` and/or `message`; nothing is required and any other field is accepted.
         */
        Error: {
            /**
             * @description `false` on errors (assumed from the envelope; not documented).
             * @enum {boolean}
             */
            success?: false;
            /** @description Error text (not documented). */
            error?: string;
            /** @description Error message (not documented). */
            message?: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Invalid query parameters (e.g. `limit` outside 1–100). Not documented by Butter; body modelled leniently. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing or invalid credentials (`X-API-Key`, or Bearer + `X-Organization-Id`). Body not documented. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The key may not access this call or organization. Body not documented. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No call with this call_sid. Body not documented. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limited: more than 10 requests/s on Starter, 50 requests/s on Pro (https://docs.getbutter.ai/api-reference/introduction). Body and headers not documented. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying, when sent (standard HTTP; not documented by Butter). */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Server error. Body not documented. */
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
                /** @description The unique identifier of the call (format: call_ prefix + alphanumeric, e.g. `call_abc123def456`). Source: https://docs.getbutter.ai/api-reference/calls/get. */
                call_sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call, in Butter's `{success, data}` envelope. Source: https://docs.getbutter.ai/api-reference/calls/get. */
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
            query?: {
                /** @description Page size, 1–100 calls (default 50). Source: https://docs.getbutter.ai/api-reference/introduction. */
                limit?: number;
                /** @description Opaque cursor: `pagination.next_cursor` of the previous page; omit for the first page. Source: https://docs.getbutter.ai/api-reference/introduction. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of calls: `{success, data: [...], pagination: {next_cursor, has_more, page_size, total_count}}`. Source: https://docs.getbutter.ai/api-reference/introduction. */
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
