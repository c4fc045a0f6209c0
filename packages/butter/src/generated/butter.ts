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
         * @description Get detailed information about a specific call including transcript, turns, usage statistics, and cost breakdown. Source: seed 004.
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
         * @description List calls, newest first, with opaque cursor pagination (`limit` 1–100, default 50; `cursor` from the previous page's `pagination.next_cursor`). Source: providers.md.
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
         * @description Current call status. The reference pages use two vocabularies (providers.md): `completed`,
         *     `ringing`, `in_progress`, and Twilio's `queued`, `initiated`, `ringing`, `in-progress`, `completed`,
         *     `busy`, `no-answer`, `failed`, `canceled`. Both are accepted.
         * @enum {string}
         */
        CallStatus: "completed" | "ringing" | "in_progress" | "queued" | "initiated" | "in-progress" | "busy" | "no-answer" | "failed" | "canceled";
        /**
         * @description Type of call: inbound, outbound, or preview.
         * @enum {string}
         */
        CallType: "inbound" | "outbound" | "preview";
        /**
         * @description Transport method: twilio, sip, or webrtc.
         * @enum {string}
         */
        Transport: "twilio" | "sip" | "webrtc";
        /** @description Agent configuration used during the call (LLM model, TTS provider, temperature, etc.). Keys beyond the example's are not documented. */
        AgentConfig: {
            /** @description LLM model name (e.g. `gpt-4`). */
            llm_model?: string;
            /** @description LLM vendor (e.g. `openai`). */
            llm_provider?: string;
            /** @description LLM sampling temperature. */
            llm_temperature?: number;
            /** @description Text-to-speech vendor (e.g. `elevenlabs`). */
            tts_provider?: string;
            /** @description Speech-to-text vendor (e.g. `deepgram`). */
            stt_provider?: string;
            /** @description Whether the agent speaks first. */
            speak_first?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description Cost of one component. */
        CostItem: {
            /** @description Cost in credits. */
            cost_credits?: number;
            /** @description Units consumed (tokens, characters, seconds or minutes, by component). */
            units?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Detailed cost breakdown by component, in credits: llm_input (input token costs), llm_output (output token costs), tts, stt, telephony. */
        CostBreakdown: {
            llm_input?: components["schemas"]["CostItem"];
            llm_output?: components["schemas"]["CostItem"];
            tts?: components["schemas"]["CostItem"];
            stt?: components["schemas"]["CostItem"];
            telephony?: components["schemas"]["CostItem"];
        } & {
            [key: string]: unknown;
        };
        /** @description Usage statistics: llm token usage (input_tokens, output_tokens, total_tokens), tts character count, stt audio duration in seconds. */
        Usage: {
            /** @description Token usage. */
            llm?: {
                /** @description Total LLM tokens. */
                total_tokens?: number;
                /** @description LLM input (prompt) tokens. */
                input_tokens?: number;
                /** @description LLM output (completion) tokens. */
                output_tokens?: number;
            } & {
                [key: string]: unknown;
            };
            /** @description Text-to-speech usage. */
            tts?: {
                /** @description Characters synthesised. */
                total_characters?: number;
            } & {
                [key: string]: unknown;
            };
            /** @description Speech-to-text usage. */
            stt?: {
                /** @description Seconds of audio transcribed. */
                total_duration_seconds?: number;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description Call summary metrics. */
        Summary: {
            /** @description Why the call ended (e.g. `tool_end_call`). Values are not enumerated by the reference. */
            end_reason?: string;
            /** @description Number of interruptions. */
            interruptions?: number;
            /** @description Average turn duration in seconds. */
            avg_turn_duration?: number;
            /** @description Total LLM tokens used. */
            total_tokens?: number;
            /** @description Total TTS characters. */
            total_characters?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Error information if any errors occurred. */
        Errors: {
            /** @description Number of errors. */
            error_count?: number;
            /** @description Whether any errors were fatal. */
            has_fatal_errors?: boolean;
            /** @description Array of error details (shape not documented). */
            errors?: unknown[];
        } & {
            [key: string]: unknown;
        };
        /** @description One event of a turn (assistant response, tool call, LLM/TTS/STT metadata). */
        TurnEvent: {
            /** @description Event type (e.g. `assistant_response`). */
            type?: string;
            /** @description Text of the event, when it has one. */
            text?: string;
            /** @description Seconds from the start of the call. */
            relative_time?: number;
            /** @description Event metadata; `llm.ttfb` is the LLM time to first byte in **seconds**, `llm.total_tokens` its tokens. */
            metadata?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description A conversation turn with detailed events. */
        Turn: {
            /** @description 1-based turn number. */
            turn_number?: number;
            /** @description Start of the turn, seconds from the start of the call. */
            relative_start_time?: number;
            /** @description End of the turn, seconds from the start of the call. */
            relative_end_time?: number;
            /** @description Turn duration in seconds. */
            duration_seconds?: number;
            events?: components["schemas"]["TurnEvent"][];
        } & {
            [key: string]: unknown;
        };
        /** @description A transcript entry with speaker, text, and timestamps. */
        TranscriptEntry: {
            /** @description Turn number. */
            turn?: number;
            /** @description Who spoke (`assistant`, `user`). */
            speaker?: string;
            /** @description What was said. */
            text?: string;
            /** @description Seconds from the start of the call. */
            relative_time?: number;
            /**
             * Format: date-time
             * @description ISO 8601 time of the entry.
             */
            timestamp?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Complete call data object. Source: seed 004 (Get Call), Call Data Fields. */
        Call: {
            /** @description Unique call identifier. */
            call_sid: string;
            /** @description Trace identifier of the call (in the example; not described). */
            trace_id?: string;
            /** @description Phone number that was called (E.164 format). */
            to_number: string;
            /** @description Caller phone number. */
            from_number?: string;
            /** @description ID of the agent that handled the call. */
            agent_id: string;
            /** @description Name of the agent. */
            agent_name?: string;
            agent_config?: components["schemas"]["AgentConfig"];
            /** @description Organization/client the call belongs to (in the example; not described). */
            client_id?: string;
            call_type?: components["schemas"]["CallType"];
            status?: components["schemas"]["CallStatus"];
            transport?: components["schemas"]["Transport"];
            /** @description Whether recording was enabled. */
            recording_enabled?: boolean;
            /** @description S3 URL to the processed recording file (`s3://…`, not fetchable over HTTP). */
            recording_url?: string;
            /** @description Call duration in seconds. */
            duration_seconds?: number;
            /** @description Number of conversation turns. */
            turn_count?: number;
            /** @description Total cost in credits. */
            total_cost?: number;
            cost_breakdown?: components["schemas"]["CostBreakdown"];
            usage?: components["schemas"]["Usage"];
            summary?: components["schemas"]["Summary"];
            errors?: components["schemas"]["Errors"];
            /** @description Array of conversation turns with detailed events. */
            turns?: components["schemas"]["Turn"][];
            /** @description Array of transcript entries with speaker, text, and timestamps. */
            transcript?: components["schemas"]["TranscriptEntry"][];
            /**
             * Format: date-time
             * @description ISO8601 timestamp when the call was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description ISO8601 timestamp when the call started.
             */
            start_time?: string;
            /**
             * Format: date-time
             * @description ISO8601 timestamp when the call ended.
             */
            end_time?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A row of List Calls (providers.md): call_sid, to_number, from_number, agent_id, agent_name, client_id, call_type, status, recording_enabled, total_cost, duration_seconds, turn_count, created_at, updated_at, start_time, end_time, end_reason, billing_status. */
        CallListItem: {
            /** @description Unique call identifier. */
            call_sid: string;
            /** @description Phone number that was called (E.164). */
            to_number?: string;
            /** @description Caller phone number. */
            from_number?: string;
            /** @description ID of the agent. */
            agent_id: string;
            /** @description Name of the agent. */
            agent_name?: string;
            /** @description Organization/client id. */
            client_id?: string;
            call_type?: components["schemas"]["CallType"];
            status?: components["schemas"]["CallStatus"];
            /** @description Whether recording was enabled. */
            recording_enabled?: boolean;
            /** @description Total cost in credits. */
            total_cost?: number;
            /** @description Call duration in seconds. */
            duration_seconds?: number;
            /** @description Number of turns. */
            turn_count?: number;
            /**
             * Format: date-time
             * @description When the call was created (ISO 8601).
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the record was last updated (ISO 8601).
             */
            updated_at?: string;
            /**
             * Format: date-time
             * @description When the call started (ISO 8601).
             */
            start_time?: string | null;
            /**
             * Format: date-time
             * @description When the call ended (ISO 8601).
             */
            end_time?: string | null;
            /** @description Why the call ended (e.g. `tool_end_call`). */
            end_reason?: string | null;
            /** @description Billing state of the call (values not documented). */
            billing_status?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Butter's single-object envelope `{success, data}`. */
        GetCallResponse: {
            /** @description Indicates if the request was successful. */
            success: boolean;
            data?: components["schemas"]["Call"];
        } & {
            [key: string]: unknown;
        };
        /** @description Cursor pagination state. */
        Pagination: {
            /** @description Opaque cursor of the next page; null on the last page. */
            next_cursor?: string | null;
            /** @description Whether more calls follow. */
            has_more?: boolean;
            /** @description Page size used. */
            page_size?: number;
            /** @description Total number of calls. */
            total_count?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Butter's list envelope `{success, data: [...], pagination}`. */
        ListCallsResponse: {
            /** @description Indicates if the request was successful. */
            success: boolean;
            data: components["schemas"]["CallListItem"][];
            pagination?: components["schemas"]["Pagination"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Butter documents no error body. Modelled leniently on its envelope: `success: false` with an error
         *     text in `error` and/or `message`; any other field is accepted.
         */
        Error: {
            /** @description `false` on errors. */
            success?: boolean;
            /** @description Error text (not documented). */
            error?: string;
            /** @description Error message (not documented). */
            message?: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Missing or invalid API key (body not documented). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The key may not access this call (body not documented). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No call with this call_sid (body not documented). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limited: 10 requests/s on Starter, 50 requests/s on Pro (providers.md). Body not documented. */
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
        /** @description Server error (body not documented). */
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
                /** @description The unique identifier of the call (format: call_ prefix + alphanumeric). */
                call_sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call, in Butter's `{success, data}` envelope. */
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
                /** @description Page size (1–100, default 50). */
                limit?: number;
                /** @description Opaque cursor from `pagination.next_cursor` of the previous page; omit for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of calls: `{success, data: [...], pagination: {next_cursor, has_more, page_size, total_count}}`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCallsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
