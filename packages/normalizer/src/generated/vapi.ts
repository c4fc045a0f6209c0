/**
 * GENERATED from specs/vapi.yaml by scripts/generate.mjs. Do not edit by hand:
 * change the spec and run `pnpm generate`.
 */

export interface paths {
    "/call/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Call
         * @description One call by id, with its artifact (messages, transcript, recordings), analysis and costs.
         *     Source: https://docs.vapi.ai/api-reference/calls/get.
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
    "/call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Calls
         * @description Calls matching the filters, as a **bare JSON array** with no cursor and no total: at most `limit`
         *     calls (default 100, at most 1000). To page, narrow the `createdAt` window (e.g. `createdAtLe` = the
         *     oldest `createdAt` received). The order of the results is not documented; newest first by `createdAt` is
         *     assumed.
         *     Source: https://docs.vapi.ai/api-reference/calls/list.
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
export interface webhooks {
    endOfCallReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End-of-call report
         * @description Sent to the Server URL when a call ends and post-processing is complete, if `end-of-call-report` is in
         *     `assistant.serverMessages`. Body `{ "message": { "type": "end-of-call-report", … } }`; the ended call is
         *     `message.call`, and the report repeats `endedReason`, `artifact`, `analysis`, `cost`, `costs`,
         *     `startedAt`, `endedAt` at the top of `message`. Vapi's reference marks `endedReason`, `artifact` and
         *     `analysis` required, but its own guide's example omits them, so only `type` is required here.
         *     Delivery: `server.timeoutSeconds` (default 20 s); no retries unless a `backoffPlan` is set.
         *     Authentication of the request (Bearer token, `X-Vapi-Secret`, OAuth2 or HMAC, per
         *     https://docs.vapi.ai/server-url/server-authentication) is configured per server credential.
         *     Source: https://docs.vapi.ai/server-url/events.
         */
        post: operations["endOfCallReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    statusUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Status update
         * @description Sent to the Server URL whenever `call.status` changes, if `status-update` is in
         *     `assistant.serverMessages`. Body `{ "message": { "type": "status-update", "status": …, "call": {…} } }`;
         *     `endedReason` comes with `status: "ended"`. Source: https://docs.vapi.ai/server-url/events.
         */
        post: operations["statusUpdate"];
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
         * @description `inboundPhoneCall`, `outboundPhoneCall`, `webCall` or `vapi.websocketCall`.
         * @enum {string}
         */
        CallType: "inboundPhoneCall" | "outboundPhoneCall" | "webCall" | "vapi.websocketCall";
        /**
         * @description The call's status.
         * @enum {string}
         */
        CallStatus: "scheduled" | "queued" | "ringing" | "in-progress" | "forwarding" | "ended" | "not-found" | "deletion-failed";
        /**
         * @description Why the call ended. Vapi's reference lists 627 values in families (https://docs.vapi.ai/calls/call-ended-reason):
         *     `customer-*` (`customer-ended-call`, `customer-busy`, `customer-did-not-answer`, …), `assistant-*`
         *     (`assistant-ended-call`, `assistant-said-end-call-phrase`, `assistant-forwarded-call`, …),
         *     `silence-timed-out`, `exceeded-max-duration`, `voicemail`, `manually-canceled`, `call-deleted`,
         *     `pipeline-error-*` (legacy provider errors), `call.start.error-*` (before the call connects),
         *     `call.in-progress.error-*` (`vapifault`/`providerfault` during the call), `call.ringing.*`,
         *     `call.forwarding.*`, `call.ending.*`, `twilio-*`, `vonage-*`, `worker-shutdown`. A plain string here:
         *     new values appear often, and Vapi's own guides use values outside the list.
         */
        EndedReason: string;
        /** @description A Vapi call. Source: https://docs.vapi.ai/api-reference/calls/get (`Call`). */
        Call: {
            /** @description The call's unique id (UUID). */
            id: string;
            /** @description The id of the org the call belongs to. Required by the reference; absent in some guide examples. */
            orgId?: string;
            type?: components["schemas"]["CallType"];
            status?: components["schemas"]["CallStatus"];
            endedReason?: components["schemas"]["EndedReason"];
            /** @description More context on `endedReason` (an error message or warning). */
            endedMessage?: string;
            /**
             * Format: date-time
             * @description When the call was created, ISO 8601. Required by the reference.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the call was last updated, ISO 8601. Required by the reference.
             */
            updatedAt?: string;
            /**
             * Format: date-time
             * @description When the call started, ISO 8601. There is no duration field; duration = `endedAt − startedAt`.
             */
            startedAt?: string;
            /**
             * Format: date-time
             * @description When the call ended, ISO 8601.
             */
            endedAt?: string;
            /** @description Total cost of the call, **USD**. */
            cost?: number;
            costBreakdown?: components["schemas"]["CostBreakdown"];
            /** @description Cost of each component of the call, **USD** each. */
            costs?: components["schemas"]["CostItem"][];
            /** @description Legacy copy of `artifact.messages`. */
            messages?: components["schemas"]["Message"][];
            artifact?: components["schemas"]["Artifact"];
            analysis?: components["schemas"]["Analysis"];
            compliance?: components["schemas"]["Compliance"];
            /** @description Live-call `listenUrl` (WebSocket) and `controlUrl`, while the call runs. */
            monitor?: {
                listenUrl?: string;
                controlUrl?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description Where the call was transferred: `{type: number, number}` or `{type: sip, sipUri}`; absent when not transferred. */
            destination?: {
                /** @description `number` or `sip`. */
                type?: string;
                /** @description The transfer number (E.164). */
                number?: string;
                sipUri?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description The call's transport, e.g. `provider` `vapi.websocket` with its `websocketCallUrl`. */
            transport?: {
                [key: string]: unknown;
            };
            /**
             * @description `twilio`, `vonage`, `vapi` or `telnyx` (phone calls only).
             * @enum {string}
             */
            phoneCallProvider?: "twilio" | "vonage" | "vapi" | "telnyx";
            /** @description The call's id at the phone provider (Twilio `CallSid`, Vonage `conversationUuid`, Telnyx `callControlId`). */
            phoneCallProviderId?: string;
            /**
             * @description `sip` or `pstn` (phone calls only).
             * @enum {string}
             */
            phoneCallTransport?: "sip" | "pstn";
            /** @description The saved assistant that ran the call (absent for a transient `assistant`, a squad or a workflow). */
            assistantId?: string;
            /** @description The transient assistant of the call (its full configuration; free-form here). */
            assistant?: {
                [key: string]: unknown;
            };
            /** @description The saved squad that ran the call. */
            squadId?: string;
            /** @description The saved workflow that ran the call. */
            workflowId?: string;
            /** @description The campaign the call belongs to. */
            campaignId?: string;
            /** @description The Vapi phone number of the call (phone calls only); its number is not on the call. */
            phoneNumberId?: string;
            phoneNumber?: components["schemas"]["PhoneNumber"];
            /** @description The saved customer of the call. */
            customerId?: string;
            customer?: components["schemas"]["Customer"];
            /** @description Your own label for the call. */
            name?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The person on the other end (phone calls); `number` is E.164 unless `numberE164CheckEnabled` is false. */
        Customer: {
            /** @description The customer's phone number (E.164 in the examples). */
            number?: string;
            sipUri?: string;
            name?: string;
            email?: string;
            extension?: string;
            externalId?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The transient phone number of the call: the agent's side. Imported Twilio numbers carry the digits in
         *     `twilioPhoneNumber` on a call, and every provider's number DTO in webhooks carries `number`.
         */
        PhoneNumber: {
            /** @description `byo-phone-number`, `twilio`, `vonage`, `vapi` or `telnyx`. */
            provider?: string;
            /** @description The phone number (E.164). */
            number?: string;
            /** @description The phone number of an imported Twilio number. */
            twilioPhoneNumber?: string;
            name?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Cost per component, **USD**, plus token and character counts. */
        CostBreakdown: {
            /** @description Telephony/transport provider (Twilio, Vonage…), USD. */
            transport?: number;
            /** @description Speech-to-text, USD. */
            stt?: number;
            /** @description Language model, USD. */
            llm?: number;
            /** @description Text-to-speech, USD. */
            tts?: number;
            /** @description Vapi's platform fee, USD. */
            vapi?: number;
            /** @description Chat interactions, USD. */
            chat?: number;
            /** @description Total, USD. */
            total?: number;
            /** @description LLM prompt tokens (count). */
            llmPromptTokens?: number;
            /** @description LLM completion tokens (count). */
            llmCompletionTokens?: number;
            /** @description LLM cached prompt tokens (count). */
            llmCachedPromptTokens?: number;
            /** @description Characters synthesised (count). */
            ttsCharacters?: number;
            /** @description Cost (USD) and tokens of the post-call analysis (`summary`, `structuredData`, `successEvaluation`, … and their `*Tokens`). */
            analysisCostBreakdown?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One component's cost: `type` is `transport`, `transcriber`, `model`, `voice`, `vapi`,
         *     `voicemail-detection`, `analysis` or `knowledge-base`; `cost` in **USD**; usage in `minutes`,
         *     `promptTokens`/`completionTokens` or `characters` depending on the type.
         */
        CostItem: {
            type: string;
            /** @description USD. */
            cost: number;
            /** @description Minutes of usage (transport, transcriber, vapi). */
            minutes?: number;
            promptTokens?: number;
            completionTokens?: number;
            characters?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One conversation message. `role` is `system`, `bot` (the assistant), `user`, `tool_calls` or
         *     `tool_call_result` in recorded calls (the guide https://docs.vapi.ai/server-url/events also shows
         *     `assistant`). `secondsFromStart`: **seconds** from the call start. `time`/`endTime`: "timestamps" per
         *     the reference, epoch **ms** in the example of https://docs.vapi.ai/ivr-navigation. `duration`: "seconds"
         *     per the reference, ms-sized in payloads seen (UNCONFIRMED). The reference requires `role`, `message`,
         *     `time`, `secondsFromStart`; the guide's examples omit the timings, so only `role` is required here.
         */
        Message: {
            role: string;
            /** @description What was said (empty for a tool-call message). */
            message?: string;
            /** @description When the message started (epoch ms in the docs' example). */
            time?: number;
            /** @description When the message ended (epoch ms, as `time`). */
            endTime?: number;
            /** @description Start of the message, seconds from the start of the call. */
            secondsFromStart?: number;
            /** @description Length of the message (unit UNCONFIRMED, see above). */
            duration?: number;
            source?: string;
            /** @description The tool calls of a `tool_calls` message. */
            toolCalls?: {
                [key: string]: unknown;
            }[];
            toolCallId?: string;
            name?: string;
            /** @description A tool's result, JSON as a string. */
            result?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The call's recording URLs. */
        Recording: {
            stereoUrl?: string;
            videoUrl?: string;
            mono?: {
                combinedUrl?: string;
                assistantUrl?: string;
                customerUrl?: string;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Latencies per turn and their averages. The reference gives **ms** only for
         *     `fromTransportLatencyAverage`/`toTransportLatencyAverage`; the others are ms-sized (UNCONFIRMED).
         */
        PerformanceMetrics: {
            turnLatencies?: ({
                /** @description Time to the model's first token, ms. */
                modelLatency?: number;
                /** @description Text-to-speech latency, ms. */
                voiceLatency?: number;
                /** @description Transcriber latency, ms. */
                transcriberLatency?: number;
                /** @description Endpointing latency, ms. */
                endpointingLatency?: number;
                /** @description Latency of the whole turn, ms. */
                turnLatency?: number;
            } & {
                [key: string]: unknown;
            })[];
            modelLatencyAverage?: number;
            voiceLatencyAverage?: number;
            transcriberLatencyAverage?: number;
            endpointingLatencyAverage?: number;
            turnLatencyAverage?: number;
            /** @description ms. */
            fromTransportLatencyAverage?: number;
            /** @description ms. */
            toTransportLatencyAverage?: number;
            /** @description Times the assistant interrupted the user. */
            numUserInterrupted?: number;
            /** @description Times the user interrupted the assistant. */
            numAssistantInterrupted?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description What the call produced (configure in `assistant.artifactPlan`). */
        Artifact: {
            messages?: components["schemas"]["Message"][];
            /** @description The transcript as text (`AI: …` / `User: …` lines), derived from `messages`. */
            transcript?: string;
            /** @description The mono recording. */
            recordingUrl?: string;
            stereoRecordingUrl?: string;
            videoRecordingUrl?: string;
            recording?: components["schemas"]["Recording"];
            logUrl?: string;
            pcapUrl?: string;
            /** @description The mono recording, downloadable without auth until `presignedUrlsExpiresAt`. */
            presignedMonoUrl?: string;
            presignedStereoUrl?: string;
            /** @description ISO 8601. */
            presignedUrlsExpiresAt?: string;
            performanceMetrics?: components["schemas"]["PerformanceMetrics"];
            structuredOutputs?: {
                [key: string]: unknown;
            };
            scorecards?: {
                [key: string]: unknown;
            };
            variableValues?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description Post-call analysis (configure in `assistant.analysisPlan`). No sentiment field. */
        Analysis: {
            summary?: string;
            /** @description Data extracted per `analysisPlan.structuredDataSchema`. Free-form. */
            structuredData?: {
                [key: string]: unknown;
            };
            structuredDataMulti?: {
                [key: string]: unknown;
            }[];
            /** @description The evaluation as a string, per the rubric (`"true"`/`"false"`, a number, a grade…). */
            successEvaluation?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Compliance results (e.g. `recordingConsent {type, grantedAt}`). */
        Compliance: {
            [key: string]: unknown;
        };
        /** @description A bare array of calls; no cursor, no total. */
        ListCallsResponse: components["schemas"]["Call"][];
        /** @description The `message` of an end-of-call report (https://docs.vapi.ai/server-url/events). */
        EndOfCallReportMessage: {
            /** @enum {string} */
            type: "end-of-call-report";
            /** @description When the message was sent (epoch ms assumed; unit not documented). */
            timestamp?: number;
            endedReason?: components["schemas"]["EndedReason"];
            /** Format: date-time */
            startedAt?: string;
            /** Format: date-time */
            endedAt?: string;
            /** @description USD. */
            cost?: number;
            costs?: components["schemas"]["CostItem"][];
            artifact?: components["schemas"]["Artifact"];
            analysis?: components["schemas"]["Analysis"];
            compliance?: components["schemas"]["Compliance"];
            call?: components["schemas"]["WebhookCall"];
            customer?: components["schemas"]["Customer"];
            phoneNumber?: components["schemas"]["PhoneNumber"];
            assistant?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description The `message` of a status update (https://docs.vapi.ai/server-url/events). */
        StatusUpdateMessage: {
            /** @enum {string} */
            type: "status-update";
            status: components["schemas"]["CallStatus"];
            endedReason?: components["schemas"]["EndedReason"];
            /** @description When the message was sent (epoch ms assumed; unit not documented). */
            timestamp?: number;
            call?: components["schemas"]["WebhookCall"];
            customer?: components["schemas"]["Customer"];
            phoneNumber?: components["schemas"]["PhoneNumber"];
        } & {
            [key: string]: unknown;
        };
        /** @description The call a message is about. The guides' examples show `{}` as a placeholder, so no field is required. */
        WebhookCall: components["schemas"]["CallFields"];
        /** @description The fields of a `Call`, none required. */
        CallFields: {
            id?: string;
            status?: components["schemas"]["CallStatus"];
            endedReason?: components["schemas"]["EndedReason"];
        } & {
            [key: string]: unknown;
        };
        /** @description Body of the end-of-call-report POST. */
        EndOfCallReportWebhook: {
            message: components["schemas"]["EndOfCallReportMessage"];
        } & {
            [key: string]: unknown;
        };
        /** @description Body of the status-update POST. */
        StatusUpdateWebhook: {
            message: components["schemas"]["StatusUpdateMessage"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Vapi documents no error body. Modelled leniently on the NestJS shape its API answers with in practice:
         *     `{message, error, statusCode}`, where `message` may be a string or a list of validation messages.
         */
        Error: {
            message?: string | string[];
            /** @description The HTTP reason phrase (e.g. `Not Found`). */
            error?: string;
            /** @description The HTTP status, repeated. */
            statusCode?: number;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Invalid parameters (e.g. a malformed date-time filter). Body not documented. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing or invalid API key. Body not documented. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No call with this id. Body not documented. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limited. Vapi publishes no rate limits, no 429 body and no rate-limit headers. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying, when sent (not documented). */
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
                /** @description The call's id (a UUID in every example). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listCalls: {
        parameters: {
            query?: {
                /** @description Only the call with this id. */
                id?: string;
                /** @description Only calls of this assistant. */
                assistantId?: string;
                /** @description Only calls on this phone number (phone calls only). */
                phoneNumberId?: string;
                /** @description Maximum number of calls to return, 0–1000. Default 100. */
                limit?: number;
                /** @description Only calls whose `createdAt` is after this ISO 8601 date-time (exclusive). */
                createdAtGt?: string;
                /** @description Only calls whose `createdAt` is before this ISO 8601 date-time (exclusive). */
                createdAtLt?: string;
                /** @description Only calls whose `createdAt` is at or after this ISO 8601 date-time (inclusive). */
                createdAtGe?: string;
                /** @description Only calls whose `createdAt` is at or before this ISO 8601 date-time (inclusive). */
                createdAtLe?: string;
                /** @description Only calls whose `updatedAt` is after this ISO 8601 date-time (exclusive). */
                updatedAtGt?: string;
                /** @description Only calls whose `updatedAt` is before this ISO 8601 date-time (exclusive). */
                updatedAtLt?: string;
                /** @description Only calls whose `updatedAt` is at or after this ISO 8601 date-time (inclusive). */
                updatedAtGe?: string;
                /** @description Only calls whose `updatedAt` is at or before this ISO 8601 date-time (inclusive). */
                updatedAtLe?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calls (a bare array). */
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
    endOfCallReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndOfCallReportWebhook"];
            };
        };
        responses: {
            /** @description Acknowledged; Vapi expects no body for this message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Your server rejected the request's credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    statusUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusUpdateWebhook"];
            };
        };
        responses: {
            /** @description Acknowledged; Vapi expects no body for this message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Your server rejected the request's credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
