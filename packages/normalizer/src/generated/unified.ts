/**
 * GENERATED from specs/unified.yaml by scripts/generate.mjs. Do not edit by hand:
 * change the spec and run `pnpm generate`.
 */

export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The voice-AI platform a call comes from: the provider's id, the name of its `specs/<provider>.yaml`
         *     and of its `@switchboard/sdk` descriptor. Not a closed enum, so that adding a provider edits no list
         *     here: the known values are the provider specs beside this one, and `@switchboard/sdk` exports the
         *     providers it was built with as `PROVIDER_NAMES`.
         * @example vapi
         */
        Provider: string;
        /**
         * @description How complete the record a call was normalized from is: `full` when it carried the conversation (a
         *     Get Call answer, or a list row of a provider whose list returns whole calls); `summary` when it
         *     carried no transcript field at all (a list row such as ThinnestAI's `CallSummary` or Butter's
         *     `CallListItem`): then `transcript` is absent, not empty, and `getCall` gives the full call.
         * @enum {string}
         */
        Detail: "summary" | "full";
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
         * @description Why the call ended: `other` for a known provider value with no unified equivalent, `unknown` for a value
         *     the provider's documentation does not list (new to us: kept in `raw`, with a warning).
         * @enum {string}
         */
        UnifiedEndReason: "user_hangup" | "agent_hangup" | "transfer" | "voicemail" | "no_answer" | "busy" | "max_duration" | "inactivity" | "error" | "other" | "unknown";
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
            /**
             * @description Each cost item the provider itemized, as it reported it (Vapi `costs[]`), in report order: several
             *     items of one kind (a squad's assistants) stay apart here while the totals above add them up.
             */
            components?: components["schemas"]["CostComponent"][];
        };
        /** @description One itemized cost, by kind and vendor, in the `Cost.currency`'s major unit, unrounded. */
        CostComponent: {
            /**
             * @description `llm`, `stt`, `tts`, `telephony` or `platform` for the components of `CostBreakdown`; otherwise the
             *     provider's own name of the cost (Vapi `analysis`, `voicemail-detection`, `knowledge-base`, `chat`, …).
             */
            kind: string;
            /** @description The vendor that charged it, as the provider names it (`openai`, `deepgram`, `11labs`, `twilio`, …). */
            provider?: string;
            /** @description The model or voice used, when the provider says (`gpt-4o`, `nova-2`, a voice id). */
            model?: string;
            /** @description The item's cost, in the `Cost.currency`'s major unit, unrounded. */
            amount: number;
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
        /** @description The LLM, STT and TTS vendors used for the call, and the version of the agent that ran it. */
        Stack: {
            /** @description The version of the agent's configuration that ran the call, as the provider labels it (Vapi `assistantVersion`, e.g. `v3`). */
            agentVersion?: string;
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
            detail: components["schemas"]["Detail"];
            /**
             * @description The conversation, in order; empty when the record had a transcript field with no turns; absent
             *     when the record carried no transcript field (`detail: summary`).
             */
            transcript?: components["schemas"]["TranscriptTurn"][];
            recording?: components["schemas"]["Recording"];
            cost?: components["schemas"]["Cost"];
            latency?: components["schemas"]["Latency"];
            usage?: components["schemas"]["Usage"];
            analysis?: components["schemas"]["Analysis"];
            stack?: components["schemas"]["Stack"];
            /** @description Number of times the user interrupted the agent. */
            interruptions?: number;
            /**
             * @description Number of conversation turns as the provider counted them (Butter `turn_count`), also when the
             *     record carries no transcript; absent when the provider did not say.
             */
            turnCount?: number;
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
        /**
         * @description What happened: `call.started` (the call connected), `call.status` (any other status change, e.g.
         *     ringing), `call.ended` (the call ended; the report may include its analysis), `call.analyzed` (post-call
         *     analysis is ready), `other` (not a call event, e.g. ThinnestAI `agent.updated`; see `raw.type`).
         * @enum {string}
         */
        WebhookEventType: "call.started" | "call.status" | "call.ended" | "call.analyzed" | "other";
        /**
         * @description One provider webhook event, normalized by `normalizeWebhookEvent`. Nothing is lost: `raw.payload` is
         *     the parsed body, untouched, and `raw.type` the provider's own event name.
         */
        WebhookEvent: {
            provider: components["schemas"]["Provider"];
            type: components["schemas"]["WebhookEventType"];
            /** @description The event as the provider sent it. */
            raw: {
                /** @description The provider's event name as sent (e.g. `end-of-call-report`, `voice.call.ended`, a Butter status such as `no-answer`). */
                type: string;
                /** @description The parsed webhook body, untouched. */
                payload: {
                    [key: string]: unknown;
                };
            };
            /**
             * Format: date-time
             * @description When the event happened according to the provider, ISO 8601 UTC with milliseconds; absent when it did not say.
             */
            occurredAt?: string;
            /** @description The provider's call id, when the event concerns a call. */
            callId?: string;
            /** @description The provider's delivery id (e.g. ThinnestAI `X-Webhook-Delivery-Id`), set by the receiver from the headers. */
            deliveryId?: string;
            call?: components["schemas"]["WebhookCall"];
            /** @description One message per value that could not be mapped (the event is still returned). */
            warnings: string[];
        };
        /**
         * @description The call as far as one event describes it: the fields of `Call`, each with the same meaning and units,
         *     but only `provider`, `id`, `raw` and `warnings` are required (a status event says nothing about the
         *     transcript or the agent, and absent means "not in this event", never "none").
         */
        WebhookCall: {
            provider: components["schemas"]["Call"]["provider"];
            id: components["schemas"]["Call"]["id"];
            agentId?: components["schemas"]["Call"]["agentId"];
            agentName?: components["schemas"]["Call"]["agentName"];
            channel?: components["schemas"]["Call"]["channel"];
            direction?: components["schemas"]["Call"]["direction"];
            status?: components["schemas"]["Call"]["status"];
            from?: components["schemas"]["Call"]["from"];
            to?: components["schemas"]["Call"]["to"];
            startedAt?: components["schemas"]["Call"]["startedAt"];
            endedAt?: components["schemas"]["Call"]["endedAt"];
            durationMs?: components["schemas"]["Call"]["durationMs"];
            endReason?: components["schemas"]["Call"]["endReason"];
            detail?: components["schemas"]["Call"]["detail"];
            /** @description The conversation, when the event carries one (absent = the event said nothing about it). */
            transcript?: components["schemas"]["Call"]["transcript"];
            recording?: components["schemas"]["Call"]["recording"];
            cost?: components["schemas"]["Call"]["cost"];
            latency?: components["schemas"]["Call"]["latency"];
            usage?: components["schemas"]["Call"]["usage"];
            analysis?: components["schemas"]["Call"]["analysis"];
            stack?: components["schemas"]["Call"]["stack"];
            interruptions?: components["schemas"]["Call"]["interruptions"];
            turnCount?: components["schemas"]["Call"]["turnCount"];
            metadata?: components["schemas"]["Call"]["metadata"];
            /** @description The call object as the event carries it (an envelope's `data`, or the payload itself), untouched. */
            raw: {
                [key: string]: unknown;
            };
            warnings: components["schemas"]["Call"]["warnings"];
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
