/**
 * GENERATED from specs/thinnestai.yaml by scripts/generate.mjs. Do not edit by hand:
 * change the spec and run `pnpm generate`.
 */

export interface paths {
    "/v2/calls/{call_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Call
         * @description Retrieve a specific call with full details including transcript, recording, cost, and analysis. Source: seed 003.
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
    "/v2/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Calls
         * @description List calls with offset pagination (`limit` 1–200, `offset`) and filters by status, agent, type and start date (providers.md). The parameter names are **unconfirmed**: the reference names the filters but does not spell the parameters out.
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
         * @description Call type: web, inbound or outbound.
         * @enum {string}
         */
        CallType: "web" | "inbound" | "outbound";
        /**
         * @description Call status: active, ended, error, pending or deleted.
         * @enum {string}
         */
        CallStatus: "active" | "ended" | "error" | "pending" | "deleted";
        /** @description A conversation message. */
        TranscriptEntry: {
            /** @description `assistant` or `user`. */
            role?: string;
            /** @description Message text. */
            content?: string;
            /** @description Seconds from call start, as a string (e.g. `"5.2"`). */
            timestamp?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Per-component costs in USD (platform, STT, TTS, LLM, telephony). */
        CostBreakdown: {
            /** @description Platform fee, USD. */
            platform_fee?: number;
            /** @description Speech-to-text cost, USD. */
            stt?: number;
            /** @description Text-to-speech cost, USD. */
            tts?: number;
            /** @description Language-model cost, USD. */
            llm?: number;
            /** @description Telephony cost, USD. */
            telephony?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description What the call cost. */
        Cost: {
            /** @description Total cost in USD. */
            total_usd?: number;
            /** @description Total cost in INR. */
            total_inr?: number;
            breakdown?: components["schemas"]["CostBreakdown"];
        } & {
            [key: string]: unknown;
        };
        /** @description LLM provider + model used. */
        Model: {
            /** @description LLM vendor (e.g. `groq`). */
            provider?: string;
            /** @description Model id (e.g. `llama-3.3-70b-versatile`). */
            model_id?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description STT provider + model used. */
        Transcriber: {
            /** @description Speech-to-text vendor (e.g. `deepgram`). */
            provider?: string;
            /** @description Model (e.g. `nova-3`). */
            model?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description TTS provider + voice used. */
        Voice: {
            /** @description Text-to-speech vendor (e.g. `cartesia`). */
            provider?: string;
            /** @description Voice model (e.g. `sonic-3`). */
            model?: string;
            /** @description Voice identifier. */
            voice_id?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description AI-generated call summary. */
        AnalysisSummary: {
            /** @description One-paragraph overview. */
            overview?: string;
            /** @description Topics discussed. */
            key_topics?: string[];
            /** @description Follow-ups. */
            action_items?: string[];
            /** @description Outcome (e.g. `resolved`). */
            outcome?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Call quality score (0-100). */
        Score: {
            /** @description Score, 0–100. */
            score?: number;
            /** @description Why this score. */
            reasoning?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Post-call analysis. */
        Analysis: {
            summary?: components["schemas"]["AnalysisSummary"];
            /**
             * @description Overall sentiment.
             * @enum {string}
             */
            sentiment?: "positive" | "neutral" | "negative";
            score?: components["schemas"]["Score"];
            /** @description Auto-detected call tags. */
            tags?: string[];
            /** @description Questions the agent could not answer (item shape not documented). */
            knowledge_gaps?: unknown[];
        } & {
            [key: string]: unknown;
        };
        /** @description A voice call with full details. Source: seed 003 (Get Call), Response Fields. */
        Call: {
            /** @description Call ID. */
            id: number;
            type?: components["schemas"]["CallType"];
            status?: components["schemas"]["CallStatus"];
            /** @description Agent public ID. */
            agent_id: string;
            /** @description Agent display name. */
            agent_name?: string;
            /**
             * Format: date-time
             * @description When the call started (ISO 8601).
             */
            started_at?: string | null;
            /**
             * Format: date-time
             * @description When the call ended (ISO 8601).
             */
            ended_at?: string | null;
            /** @description Total call duration, seconds (float). */
            duration_seconds?: number | null;
            /** @description Why the call ended (e.g. `user_hangup`). */
            ended_reason?: string | null;
            /** @description Conversation messages. */
            transcript?: components["schemas"]["TranscriptEntry"][];
            /** @description Pre-signed recording URL (expires in 1 hour). */
            recording_url?: string | null;
            /** @description Recording length in seconds. */
            recording_duration?: number | null;
            cost?: components["schemas"]["Cost"];
            model?: components["schemas"]["Model"];
            transcriber?: components["schemas"]["Transcriber"];
            voice?: components["schemas"]["Voice"];
            /** @description Average turn-around latency in ms. */
            latency_ms?: number | null;
            /** @description Number of user interruptions. */
            interruptions?: number | null;
            analysis?: components["schemas"]["Analysis"];
            /** @description Agent's phone number (for phone calls). */
            phone_number?: string | null;
            /** @description Caller's phone number. */
            caller_phone?: string | null;
            call_direction?: components["schemas"]["CallType"];
            /**
             * Format: date-time
             * @description When the record was created (ISO 8601).
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the record was last updated (ISO 8601).
             */
            updated_at?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A row of List Calls (providers.md): id, type, status, agent_id, agent_name, started_at, ended_at, duration_seconds, latency_ms, cost {total_usd, total_inr}. */
        CallSummary: {
            /** @description Call ID. */
            id: number;
            type?: components["schemas"]["CallType"];
            status?: components["schemas"]["CallStatus"];
            /** @description Agent public ID. */
            agent_id: string;
            /** @description Agent display name. */
            agent_name?: string;
            /**
             * Format: date-time
             * @description When the call started (ISO 8601).
             */
            started_at?: string | null;
            /**
             * Format: date-time
             * @description When the call ended (ISO 8601).
             */
            ended_at?: string | null;
            /** @description Call duration, seconds. */
            duration_seconds?: number | null;
            /** @description Average turn-around latency in ms. */
            latency_ms?: number | null;
            cost?: components["schemas"]["Cost"];
        } & {
            [key: string]: unknown;
        };
        /** @description One page of calls: `{calls, total}` (providers.md). */
        ListCallsResponse: {
            calls: components["schemas"]["CallSummary"][];
            /** @description Total number of calls matching the filters. */
            total?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description ThinnestAI's error body `{detail, status}` (providers.md). */
        Error: {
            /** @description What went wrong. */
            detail: string;
            /** @description The HTTP status, repeated. */
            status?: number;
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
        /** @description Not authorized to access this call. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Call not found. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description More than 120 requests in a minute (providers.md). */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
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
    headers: {
        /** @description Requests allowed per minute (120 for the API). */
        "X-RateLimit-Limit": number;
        /** @description Requests left in the current window. */
        "X-RateLimit-Remaining": number;
        /** @description When the window resets (as sent by the API; unit not documented). */
        "X-RateLimit-Reset": number;
        /** @description Seconds to wait before retrying, when sent. */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The call ID (an integer, e.g. 77). */
                call_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Full call details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
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
                /** @description Page size (1–200). Name unconfirmed. */
                limit?: number;
                /** @description Number of calls to skip (≥ 0). Name unconfirmed. */
                offset?: number;
                /** @description Filter by status (active, ended, error). Name unconfirmed. */
                status?: "active" | "ended" | "error";
                /** @description Filter by agent public id. Name unconfirmed. */
                agent_id?: string;
                /** @description Filter by call type (web, inbound, outbound). Name unconfirmed. */
                type?: components["schemas"]["CallType"];
                /** @description Only calls started at or after this ISO 8601 date-time. Name unconfirmed. */
                start_date?: string;
                /** @description Only calls started at or before this ISO 8601 date-time. Name unconfirmed. */
                end_date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of call summaries: `{calls, total}`. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
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
