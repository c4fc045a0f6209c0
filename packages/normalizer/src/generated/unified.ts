/**
 * GENERATED from specs/unified.yaml by scripts/generate.mjs. Do not edit by hand:
 * change the spec and run `pnpm generate`.
 */

export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The voice-AI platform a call comes from.
         * @enum {string}
         */
        Provider: "openmic" | "zudu" | "thinnestai" | "butter" | "vapi" | "bland" | "retell";
        /**
         * @description `phone` for a telephone call (PSTN/SIP), `web` for a browser or WebRTC call.
         * @enum {string}
         */
        Channel: "phone" | "web";
        /**
         * @description `inbound`: the user called the agent; `outbound`: the agent called the user.
         * @enum {string}
         */
        Direction: "inbound" | "outbound";
        /**
         * @description `queued` (created, not dialled), `ringing`, `in_progress`, `ended` (connected and finished),
         *     `not_connected` (busy, no answer, cancelled), `error`, `unknown` (a value we do not know; see `raw`).
         * @enum {string}
         */
        UnifiedStatus: "queued" | "ringing" | "in_progress" | "ended" | "not_connected" | "error" | "unknown";
        /** @description The call's status, ours and the provider's. */
        CallStatus: {
            unified: components["schemas"]["UnifiedStatus"];
            /** @description The provider's status value as sent; absent when the provider sent none. */
            raw?: string;
        };
        /**
         * @description Why the call ended; `other` for a value with no unified equivalent (see `raw`).
         * @enum {string}
         */
        UnifiedEndReason: "user_hangup" | "agent_hangup" | "transfer" | "voicemail" | "no_answer" | "busy" | "max_duration" | "inactivity" | "error" | "other";
        /** @description Why the call ended, ours and the provider's. */
        EndReason: {
            unified: components["schemas"]["UnifiedEndReason"];
            /** @description The provider's value as sent (e.g. `USER_HANGUP`, `tool_end_call`). */
            raw: string;
        };
        /**
         * @description Who spoke: `agent` (the AI), `user` (the human), `tool` (a tool call/result), `other`.
         * @enum {string}
         */
        Role: "agent" | "user" | "tool" | "other";
        /** @description One word of a turn, with its timing when the provider gives it. */
        Word: {
            word: string;
            /** @description Start of the word, milliseconds from the start of the call. */
            startMs?: number;
            /** @description End of the word, milliseconds from the start of the call. */
            endMs?: number;
        };
        /** @description One turn of the conversation. */
        TranscriptTurn: {
            role: components["schemas"]["Role"];
            text: string;
            /** @description Start of the turn, milliseconds from the start of the call. */
            startMs?: number;
            /** @description End of the turn, milliseconds from the start of the call. */
            endMs?: number;
            words?: components["schemas"]["Word"][];
        };
        /** @description The call's recording. */
        Recording: {
            /** @description Where the provider keeps the recording (may be `s3://`, or a pre-signed URL that expires). */
            url: string;
            /** @description Length of the recording, milliseconds. */
            durationMs?: number;
        };
        /** @description Cost per component, in the `Cost.currency`'s major unit, unrounded. Absent components were not reported. */
        CostBreakdown: {
            llm?: number;
            stt?: number;
            tts?: number;
            telephony?: number;
            platform?: number;
            /** @description Everything the provider reported that has no component above (summed). */
            other?: number;
        };
        /** @description What the call cost. */
        Cost: {
            /** @description Total cost in the currency's major unit (e.g. dollars), unrounded. */
            total: number;
            /** @description ISO 4217 code (`USD`, `INR`, …), or `credits` for platforms that bill in credits. */
            currency: string;
            breakdown: components["schemas"]["CostBreakdown"];
        };
        /** @description Distribution of one latency, all in **milliseconds** (count is a number of samples). */
        LatencyStats: {
            min?: number;
            mean?: number;
            p50?: number;
            p90?: number;
            p95?: number;
            p99?: number;
            max?: number;
            count?: number;
        };
        /** @description Latencies by stage: `e2e` (user stops speaking → agent starts), `llm` (time to first token), `tts`, `stt`. */
        Latency: {
            e2e?: components["schemas"]["LatencyStats"];
            llm?: components["schemas"]["LatencyStats"];
            tts?: components["schemas"]["LatencyStats"];
            stt?: components["schemas"]["LatencyStats"];
        };
        /** @description Consumption counted by the provider. */
        Usage: {
            llmInputTokens?: number;
            llmOutputTokens?: number;
            ttsCharacters?: number;
            /** @description Seconds of audio transcribed. */
            sttSeconds?: number;
        };
        /** @enum {string} */
        Sentiment: "positive" | "neutral" | "negative";
        /** @description The provider's post-call analysis. */
        Analysis: {
            summary?: string;
            successful?: boolean;
            /** @description The provider's free-text evaluation of success. */
            evaluation?: string;
            sentiment?: components["schemas"]["Sentiment"];
            /** @description Quality score, 0–100. */
            score?: number;
            tags?: string[];
            /** @description Structured data the provider extracted from the call. */
            data?: {
                [key: string]: unknown;
            };
        };
        /** @description One vendor of the agent's pipeline. */
        StackComponent: {
            /** @description Vendor name as the provider sent it (e.g. `openai`, `deepgram`). */
            provider: string;
            model?: string;
            voiceId?: string;
        };
        /** @description The LLM, STT and TTS vendors used for the call. */
        Stack: {
            llm?: components["schemas"]["StackComponent"];
            stt?: components["schemas"]["StackComponent"];
            tts?: components["schemas"]["StackComponent"];
        };
        /** @description A call from any provider, normalized. */
        Call: {
            provider: components["schemas"]["Provider"];
            /** @description The provider's call id, as a string. */
            id: string;
            /** @description The provider's agent (bot, assistant) id. */
            agentId: string;
            agentName?: string;
            channel: components["schemas"]["Channel"];
            direction?: components["schemas"]["Direction"];
            status: components["schemas"]["CallStatus"];
            /** @description The calling number, as given (E.164 where the provider gives it). */
            from?: string;
            /** @description The called number, as given (E.164 where the provider gives it). */
            to?: string;
            /**
             * Format: date-time
             * @description When the call started, ISO 8601 UTC with milliseconds.
             */
            startedAt?: string;
            /**
             * Format: date-time
             * @description When the call ended, ISO 8601 UTC with milliseconds.
             */
            endedAt?: string;
            /** @description Call duration in milliseconds; the provider's own duration, else `endedAt − startedAt`. */
            durationMs?: number;
            endReason?: components["schemas"]["EndReason"];
            /** @description The conversation, in order; empty when the provider gave none. */
            transcript: components["schemas"]["TranscriptTurn"][];
            recording?: components["schemas"]["Recording"];
            cost?: components["schemas"]["Cost"];
            latency?: components["schemas"]["Latency"];
            usage?: components["schemas"]["Usage"];
            analysis?: components["schemas"]["Analysis"];
            stack?: components["schemas"]["Stack"];
            /** @description Number of times the user interrupted the agent. */
            interruptions?: number;
            /** @description Provider-specific free-form data (e.g. OpenMic `customer_id`, `dynamic_variables`). */
            metadata: {
                [key: string]: unknown;
            };
            /** @description The provider's call object, untouched. */
            raw: {
                [key: string]: unknown;
            };
            /** @description One message per value that could not be mapped (the call is still returned). */
            warnings: string[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
