/**
 * GENERATED from specs/vapi.yaml by scripts/generate.mjs. Do not edit by hand:
 * change the spec and run `pnpm generate`.
 */

/** The OpenAPI document of specs/vapi.yaml, as JSON. */
const spec: Record<string, unknown> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Vapi call records API",
    "version": "1.0.0",
    "summary": "Get and list Vapi calls, and the call-report webhooks Vapi sends to a Server URL.",
    "description": "Hand-written description of Vapi's call-record surface, trimmed from Vapi's API reference\n(https://docs.vapi.ai/api-reference/calls/get, https://docs.vapi.ai/api-reference/calls/list; the reference\nis generated from Vapi's OpenAPI document, `fern/apis/api/openapi.json` in https://github.com/VapiAI/docs)\nand the guides named on each field. Only the call record and the two post-call webhooks are described;\ncall creation, assistants, squads and the rest of Vapi's API are out of scope.\n\nUnits: every time is an ISO 8601 date-time string (`createdAt`, `updatedAt`, `startedAt`, `endedAt`);\nmoney is **USD** (`cost`, `costs[].cost`, `costBreakdown.*`); Vapi sends **no duration field** (the call\nlasts `endedAt − startedAt`). In `artifact.messages[]`, `secondsFromStart` is seconds from the start of\nthe call; `time`/`endTime` are called \"timestamps\" by the reference, and the guide\nhttps://docs.vapi.ai/ivr-navigation shows epoch **milliseconds** (`\"time\": 1760710106938`).\n\nNot documented by Vapi, so modelled leniently here (`additionalProperties: true`, few `required`):\n- the error body of any status (NestJS-style `{message, error, statusCode}` is modelled);\n- rate limits, and whether 429 carries `Retry-After`;\n- the order of `GET /call` results (newest first by `createdAt` is assumed by our client's pagination);\n- the unit of `artifact.messages[].duration` (the reference says seconds; payloads seen carry ms-sized\n  values), of `time`/`endTime` (epoch ms in the guide's example), of latencies other than the transport\n  averages (ms), and of the webhook `message.timestamp` (epoch ms assumed);\n- every path of Vapi's `Call` is declared to depth 4, and the top-level fields of the end-of-call report\n  and status update messages, as Vapi's official SDK types them (`pnpm check:fidelity` compares them with\n  the pinned `@vapi-ai/server-sdk`); the configuration subtrees (`assistant`, `squad`, `workflow` and their\n  `…Overrides`) are open objects, and so is anything below depth 4;\n- `endedReason` is modelled as a string, not Vapi's enum of several hundred values: Vapi adds values often, and its own\n  guides use values outside the enum (`hangup` at https://docs.vapi.ai/server-url/events,\n  `assistantEndedCall` at https://docs.vapi.ai/security-and-privacy/recording-consent-plan).\n- Vapi's reference marks `orgId`, `createdAt`, `updatedAt` required on a call, but its guides' example\n  responses omit them (https://docs.vapi.ai/calls/troubleshoot-call-forwarding-drops), so only `id` is\n  required here.\n",
    "license": {
      "name": "Apache-2.0",
      "identifier": "Apache-2.0"
    }
  },
  "externalDocs": {
    "description": "Vapi API reference",
    "url": "https://docs.vapi.ai/api-reference/calls/get"
  },
  "servers": [
    {
      "url": "https://api.vapi.ai",
      "description": "Production"
    }
  ],
  "security": [
    {
      "BearerAuth": []
    }
  ],
  "tags": [
    {
      "name": "calls",
      "description": "Call records."
    },
    {
      "name": "webhooks",
      "description": "Messages Vapi POSTs to your Server URL (https://docs.vapi.ai/server-url/events)."
    }
  ],
  "paths": {
    "/call/{id}": {
      "get": {
        "operationId": "getCall",
        "summary": "Get Call",
        "description": "One call by id, with its artifact (messages, transcript, recordings), analysis and costs.\nSource: https://docs.vapi.ai/api-reference/calls/get.\n",
        "tags": [
          "calls"
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "The call's id (a UUID in every example).",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The call.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Call"
                },
                "examples": {
                  "realistic": {
                    "summary": "An ended outbound phone call (served by default), built from the call of\nhttps://docs.vapi.ai/calls/call-features with every field the reference documents for an\nended call filled in with plausible values (messages timed as in https://docs.vapi.ai/ivr-navigation).\n",
                    "value": {
                      "id": "9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f",
                      "orgId": "eb166faa-7145-46ef-8044-589b47ae3b56",
                      "type": "outboundPhoneCall",
                      "status": "ended",
                      "endedReason": "customer-ended-call",
                      "createdAt": "2024-09-10T11:15:02.118Z",
                      "updatedAt": "2024-09-10T11:16:49.007Z",
                      "startedAt": "2024-09-10T11:15:05.012Z",
                      "endedAt": "2024-09-10T11:16:37.455Z",
                      "assistantId": "5b0a4a08-133c-4146-9315-0984f8c6be80",
                      "phoneNumberId": "42b4b25d-031e-4786-857f-63b346c9580f",
                      "customer": {
                        "number": "+12345678913"
                      },
                      "phoneCallProvider": "twilio",
                      "phoneCallProviderId": "CA5d7894e170fa53g5ddbe70b1068562fd",
                      "phoneCallTransport": "pstn",
                      "cost": 0.1634,
                      "costBreakdown": {
                        "transport": 0.0154,
                        "stt": 0.0154,
                        "llm": 0.0213,
                        "tts": 0.0344,
                        "vapi": 0.077,
                        "chat": 0,
                        "total": 0.1634,
                        "llmPromptTokens": 5240,
                        "llmCompletionTokens": 212,
                        "llmCachedPromptTokens": 0,
                        "ttsCharacters": 688,
                        "analysisCostBreakdown": {
                          "summary": 0.0003,
                          "summaryPromptTokens": 410,
                          "summaryCompletionTokens": 58,
                          "successEvaluation": 0.0002
                        }
                      },
                      "costs": [
                        {
                          "type": "transport",
                          "provider": "twilio",
                          "minutes": 1.5407,
                          "cost": 0.0154
                        },
                        {
                          "type": "transcriber",
                          "transcriber": {
                            "provider": "deepgram",
                            "model": "nova-2"
                          },
                          "minutes": 1.5407,
                          "cost": 0.0154
                        },
                        {
                          "type": "model",
                          "model": {
                            "provider": "openai",
                            "model": "gpt-4o"
                          },
                          "promptTokens": 5240,
                          "completionTokens": 212,
                          "cost": 0.0213
                        },
                        {
                          "type": "voice",
                          "voice": {
                            "provider": "11labs",
                            "voiceId": "burt"
                          },
                          "characters": 688,
                          "cost": 0.0344
                        },
                        {
                          "type": "vapi",
                          "subType": "normal",
                          "minutes": 1.5407,
                          "cost": 0.077
                        }
                      ],
                      "artifact": {
                        "messages": [
                          {
                            "role": "system",
                            "message": "You are a friendly scheduling assistant for Acme Dental.",
                            "time": 1725966905012,
                            "secondsFromStart": 0
                          },
                          {
                            "role": "bot",
                            "message": "Hi, this is Acme Dental. How can I help you today?",
                            "time": 1725966906512,
                            "endTime": 1725966909112,
                            "secondsFromStart": 1.5,
                            "duration": 2600,
                            "source": ""
                          },
                          {
                            "role": "user",
                            "message": "I'd like to move my appointment to Friday.",
                            "time": 1725966910212,
                            "endTime": 1725966912812,
                            "secondsFromStart": 5.2,
                            "duration": 2600
                          },
                          {
                            "role": "tool_calls",
                            "time": 1725966913412,
                            "message": "",
                            "toolCalls": [
                              {
                                "id": "call_CTgHfSj4lNZaqVjByk2eJooc",
                                "type": "function",
                                "function": {
                                  "name": "reschedule",
                                  "arguments": "{\"day\": \"Friday\"}"
                                }
                              }
                            ],
                            "secondsFromStart": 8.4
                          },
                          {
                            "role": "tool_call_result",
                            "time": 1725966914012,
                            "toolCallId": "call_CTgHfSj4lNZaqVjByk2eJooc",
                            "name": "reschedule",
                            "result": "{\"ok\": true, \"slot\": \"Friday 10:00\"}",
                            "secondsFromStart": 9
                          },
                          {
                            "role": "bot",
                            "message": "Done, you're booked for Friday at ten. Anything else?",
                            "time": 1725966914812,
                            "endTime": 1725966918012,
                            "secondsFromStart": 9.8,
                            "duration": 3200
                          },
                          {
                            "role": "user",
                            "message": "No, thanks. Bye.",
                            "time": 1725966919212,
                            "endTime": 1725966920612,
                            "secondsFromStart": 14.2,
                            "duration": 1400
                          }
                        ],
                        "transcript": "AI: Hi, this is Acme Dental. How can I help you today?\nUser: I'd like to move my appointment to Friday.\nAI: Done, you're booked for Friday at ten. Anything else?\nUser: No, thanks. Bye.\n",
                        "recordingUrl": "https://storage.vapi.ai/9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f-1725966997455-mono.wav",
                        "stereoRecordingUrl": "https://storage.vapi.ai/9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f-1725966997455-stereo.wav",
                        "recording": {
                          "stereoUrl": "https://storage.vapi.ai/9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f-1725966997455-stereo.wav",
                          "mono": {
                            "combinedUrl": "https://storage.vapi.ai/9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f-1725966997455-mono.wav"
                          }
                        },
                        "performanceMetrics": {
                          "turnLatencies": [
                            {
                              "modelLatency": 410,
                              "voiceLatency": 220,
                              "transcriberLatency": 180,
                              "endpointingLatency": 300,
                              "turnLatency": 1110
                            },
                            {
                              "modelLatency": 530,
                              "voiceLatency": 250,
                              "transcriberLatency": 170,
                              "endpointingLatency": 310,
                              "turnLatency": 1260
                            }
                          ],
                          "modelLatencyAverage": 470,
                          "voiceLatencyAverage": 235,
                          "transcriberLatencyAverage": 175,
                          "endpointingLatencyAverage": 305,
                          "turnLatencyAverage": 1185,
                          "fromTransportLatencyAverage": 12,
                          "toTransportLatencyAverage": 9,
                          "numUserInterrupted": 0,
                          "numAssistantInterrupted": 1
                        }
                      },
                      "analysis": {
                        "summary": "The customer moved their dental appointment to Friday at 10:00.",
                        "structuredData": {
                          "newSlot": "Friday 10:00"
                        },
                        "successEvaluation": "true"
                      }
                    }
                  },
                  "seed": {
                    "summary": "The Sample Response of https://docs.vapi.ai/calls/call-features (a queued outbound call), verbatim; Vapi's API reference pages show no example of their own.",
                    "value": {
                      "id": "7420f27a-30fd-4f49-a995-5549ae7cc00d",
                      "assistantId": "5b0a4a08-133c-4146-9315-0984f8c6be80",
                      "phoneNumberId": "42b4b25d-031e-4786-857f-63b346c9580f",
                      "type": "outboundPhoneCall",
                      "createdAt": "2024-09-10T11:14:12.339Z",
                      "updatedAt": "2024-09-10T11:14:12.339Z",
                      "orgId": "eb166faa-7145-46ef-8044-589b47ae3b56",
                      "cost": 0,
                      "customer": {
                        "number": "+12345678913"
                      },
                      "status": "queued",
                      "phoneCallProvider": "twilio",
                      "phoneCallProviderId": "CA4c6793d069ef42f4ccad69a0957451ec",
                      "phoneCallTransport": "pstn",
                      "monitor": {
                        "listenUrl": "wss://aws-us-west-2-production1-phone-call-websocket.vapi.ai/7420f27a-30fd-4f49-a995-5549ae7cc00d/transport",
                        "controlUrl": "<https://aws-us-west-2-production1-phone-call-websocket.vapi.ai/7420f27a-30fd-4f49-a995-5549ae7cc00d/control>"
                      }
                    }
                  },
                  "websocketTransport": {
                    "summary": "The Sample API Response of https://docs.vapi.ai/calls/websocket-transport, verbatim.",
                    "value": {
                      "id": "7420f27a-30fd-4f49-a995-5549ae7cc00d",
                      "assistantId": "5b0a4a08-133c-4146-9315-0984f8c6be80",
                      "type": "vapi.websocketCall",
                      "createdAt": "2024-09-10T11:14:12.339Z",
                      "updatedAt": "2024-09-10T11:14:12.339Z",
                      "orgId": "eb166faa-7145-46ef-8044-589b47ae3b56",
                      "cost": 0,
                      "status": "queued",
                      "transport": {
                        "provider": "vapi.websocket",
                        "websocketCallUrl": "wss://api.vapi.ai/7420f27a-30fd-4f49-a995-5549ae7cc00d/transport"
                      }
                    }
                  },
                  "forwardingDrops": {
                    "summary": "The \"Expected response\" of GET /call/{id} in https://docs.vapi.ai/calls/troubleshoot-call-forwarding-drops, verbatim (a partial call).",
                    "value": {
                      "id": "ca123456xxxxx",
                      "endedReason": "assistant-forwarded-call",
                      "status": "ended",
                      "destination": {
                        "type": "number",
                        "number": "+1234567890"
                      },
                      "phoneCallProviderId": "twilio_call_abc123"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/call": {
      "get": {
        "operationId": "listCalls",
        "summary": "List Calls",
        "description": "Calls matching the filters, as a **bare JSON array** with no cursor and no total: at most `limit`\ncalls (default 100, at most 1000). To page, narrow the `createdAt` window (e.g. `createdAtLe` = the\noldest `createdAt` received). The order of the results is not documented; newest first by `createdAt` is\nassumed.\nSource: https://docs.vapi.ai/api-reference/calls/list.\n",
        "tags": [
          "calls"
        ],
        "parameters": [
          {
            "name": "id",
            "in": "query",
            "description": "Only the call with this id.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "assistantId",
            "in": "query",
            "description": "Only calls of this assistant.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "phoneNumberId",
            "in": "query",
            "description": "Only calls on this phone number (phone calls only).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "limit",
            "in": "query",
            "description": "Maximum number of calls to return, 0–1000. Default 100.",
            "schema": {
              "type": "number",
              "minimum": 0,
              "maximum": 1000
            }
          },
          {
            "name": "createdAtGt",
            "in": "query",
            "description": "Only calls whose `createdAt` is after this ISO 8601 date-time (exclusive).",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "createdAtLt",
            "in": "query",
            "description": "Only calls whose `createdAt` is before this ISO 8601 date-time (exclusive).",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "createdAtGe",
            "in": "query",
            "description": "Only calls whose `createdAt` is at or after this ISO 8601 date-time (inclusive).",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "createdAtLe",
            "in": "query",
            "description": "Only calls whose `createdAt` is at or before this ISO 8601 date-time (inclusive).",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "updatedAtGt",
            "in": "query",
            "description": "Only calls whose `updatedAt` is after this ISO 8601 date-time (exclusive).",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "updatedAtLt",
            "in": "query",
            "description": "Only calls whose `updatedAt` is before this ISO 8601 date-time (exclusive).",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "updatedAtGe",
            "in": "query",
            "description": "Only calls whose `updatedAt` is at or after this ISO 8601 date-time (inclusive).",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "updatedAtLe",
            "in": "query",
            "description": "Only calls whose `updatedAt` is at or before this ISO 8601 date-time (inclusive).",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The calls (a bare array).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListCallsResponse"
                },
                "examples": {
                  "realistic": {
                    "summary": "Two calls, newest first (served by default): the ended call of the Get Call example and the\nqueued call of https://docs.vapi.ai/calls/call-features, verbatim.\n",
                    "value": [
                      {
                        "id": "9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f",
                        "orgId": "eb166faa-7145-46ef-8044-589b47ae3b56",
                        "type": "outboundPhoneCall",
                        "status": "ended",
                        "endedReason": "customer-ended-call",
                        "createdAt": "2024-09-10T11:15:02.118Z",
                        "updatedAt": "2024-09-10T11:16:49.007Z",
                        "startedAt": "2024-09-10T11:15:05.012Z",
                        "endedAt": "2024-09-10T11:16:37.455Z",
                        "assistantId": "5b0a4a08-133c-4146-9315-0984f8c6be80",
                        "phoneNumberId": "42b4b25d-031e-4786-857f-63b346c9580f",
                        "customer": {
                          "number": "+12345678913"
                        },
                        "phoneCallProvider": "twilio",
                        "phoneCallProviderId": "CA5d7894e170fa53g5ddbe70b1068562fd",
                        "phoneCallTransport": "pstn",
                        "cost": 0.1634,
                        "costBreakdown": {
                          "transport": 0.0154,
                          "stt": 0.0154,
                          "llm": 0.0213,
                          "tts": 0.0344,
                          "vapi": 0.077,
                          "chat": 0,
                          "total": 0.1634,
                          "llmPromptTokens": 5240,
                          "llmCompletionTokens": 212,
                          "llmCachedPromptTokens": 0,
                          "ttsCharacters": 688,
                          "analysisCostBreakdown": {
                            "summary": 0.0003,
                            "summaryPromptTokens": 410,
                            "summaryCompletionTokens": 58,
                            "successEvaluation": 0.0002
                          }
                        },
                        "costs": [
                          {
                            "type": "transport",
                            "provider": "twilio",
                            "minutes": 1.5407,
                            "cost": 0.0154
                          },
                          {
                            "type": "transcriber",
                            "transcriber": {
                              "provider": "deepgram",
                              "model": "nova-2"
                            },
                            "minutes": 1.5407,
                            "cost": 0.0154
                          },
                          {
                            "type": "model",
                            "model": {
                              "provider": "openai",
                              "model": "gpt-4o"
                            },
                            "promptTokens": 5240,
                            "completionTokens": 212,
                            "cost": 0.0213
                          },
                          {
                            "type": "voice",
                            "voice": {
                              "provider": "11labs",
                              "voiceId": "burt"
                            },
                            "characters": 688,
                            "cost": 0.0344
                          },
                          {
                            "type": "vapi",
                            "subType": "normal",
                            "minutes": 1.5407,
                            "cost": 0.077
                          }
                        ],
                        "artifact": {
                          "messages": [
                            {
                              "role": "system",
                              "message": "You are a friendly scheduling assistant for Acme Dental.",
                              "time": 1725966905012,
                              "secondsFromStart": 0
                            },
                            {
                              "role": "bot",
                              "message": "Hi, this is Acme Dental. How can I help you today?",
                              "time": 1725966906512,
                              "endTime": 1725966909112,
                              "secondsFromStart": 1.5,
                              "duration": 2600,
                              "source": ""
                            },
                            {
                              "role": "user",
                              "message": "I'd like to move my appointment to Friday.",
                              "time": 1725966910212,
                              "endTime": 1725966912812,
                              "secondsFromStart": 5.2,
                              "duration": 2600
                            },
                            {
                              "role": "tool_calls",
                              "time": 1725966913412,
                              "message": "",
                              "toolCalls": [
                                {
                                  "id": "call_CTgHfSj4lNZaqVjByk2eJooc",
                                  "type": "function",
                                  "function": {
                                    "name": "reschedule",
                                    "arguments": "{\"day\": \"Friday\"}"
                                  }
                                }
                              ],
                              "secondsFromStart": 8.4
                            },
                            {
                              "role": "tool_call_result",
                              "time": 1725966914012,
                              "toolCallId": "call_CTgHfSj4lNZaqVjByk2eJooc",
                              "name": "reschedule",
                              "result": "{\"ok\": true, \"slot\": \"Friday 10:00\"}",
                              "secondsFromStart": 9
                            },
                            {
                              "role": "bot",
                              "message": "Done, you're booked for Friday at ten. Anything else?",
                              "time": 1725966914812,
                              "endTime": 1725966918012,
                              "secondsFromStart": 9.8,
                              "duration": 3200
                            },
                            {
                              "role": "user",
                              "message": "No, thanks. Bye.",
                              "time": 1725966919212,
                              "endTime": 1725966920612,
                              "secondsFromStart": 14.2,
                              "duration": 1400
                            }
                          ],
                          "transcript": "AI: Hi, this is Acme Dental. How can I help you today?\nUser: I'd like to move my appointment to Friday.\nAI: Done, you're booked for Friday at ten. Anything else?\nUser: No, thanks. Bye.\n",
                          "recordingUrl": "https://storage.vapi.ai/9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f-1725966997455-mono.wav",
                          "stereoRecordingUrl": "https://storage.vapi.ai/9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f-1725966997455-stereo.wav",
                          "recording": {
                            "stereoUrl": "https://storage.vapi.ai/9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f-1725966997455-stereo.wav",
                            "mono": {
                              "combinedUrl": "https://storage.vapi.ai/9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f-1725966997455-mono.wav"
                            }
                          },
                          "performanceMetrics": {
                            "turnLatencies": [
                              {
                                "modelLatency": 410,
                                "voiceLatency": 220,
                                "transcriberLatency": 180,
                                "endpointingLatency": 300,
                                "turnLatency": 1110
                              },
                              {
                                "modelLatency": 530,
                                "voiceLatency": 250,
                                "transcriberLatency": 170,
                                "endpointingLatency": 310,
                                "turnLatency": 1260
                              }
                            ],
                            "modelLatencyAverage": 470,
                            "voiceLatencyAverage": 235,
                            "transcriberLatencyAverage": 175,
                            "endpointingLatencyAverage": 305,
                            "turnLatencyAverage": 1185,
                            "fromTransportLatencyAverage": 12,
                            "toTransportLatencyAverage": 9,
                            "numUserInterrupted": 0,
                            "numAssistantInterrupted": 1
                          }
                        },
                        "analysis": {
                          "summary": "The customer moved their dental appointment to Friday at 10:00.",
                          "structuredData": {
                            "newSlot": "Friday 10:00"
                          },
                          "successEvaluation": "true"
                        }
                      },
                      {
                        "id": "7420f27a-30fd-4f49-a995-5549ae7cc00d",
                        "assistantId": "5b0a4a08-133c-4146-9315-0984f8c6be80",
                        "phoneNumberId": "42b4b25d-031e-4786-857f-63b346c9580f",
                        "type": "outboundPhoneCall",
                        "createdAt": "2024-09-10T11:14:12.339Z",
                        "updatedAt": "2024-09-10T11:14:12.339Z",
                        "orgId": "eb166faa-7145-46ef-8044-589b47ae3b56",
                        "cost": 0,
                        "customer": {
                          "number": "+12345678913"
                        },
                        "status": "queued",
                        "phoneCallProvider": "twilio",
                        "phoneCallProviderId": "CA4c6793d069ef42f4ccad69a0957451ec",
                        "phoneCallTransport": "pstn",
                        "monitor": {
                          "listenUrl": "wss://aws-us-west-2-production1-phone-call-websocket.vapi.ai/7420f27a-30fd-4f49-a995-5549ae7cc00d/transport",
                          "controlUrl": "<https://aws-us-west-2-production1-phone-call-websocket.vapi.ai/7420f27a-30fd-4f49-a995-5549ae7cc00d/control>"
                        }
                      }
                    ]
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    }
  },
  "webhooks": {
    "endOfCallReport": {
      "post": {
        "operationId": "endOfCallReport",
        "summary": "End-of-call report",
        "description": "Sent to the Server URL when a call ends and post-processing is complete, if `end-of-call-report` is in\n`assistant.serverMessages`. Body `{ \"message\": { \"type\": \"end-of-call-report\", … } }`; the ended call is\n`message.call`, and the report repeats `endedReason`, `artifact`, `analysis`, `cost`, `costs`,\n`startedAt`, `endedAt` at the top of `message`. Vapi's reference marks `endedReason`, `artifact` and\n`analysis` required, but its own guide's example omits them, so only `type` is required here.\nDelivery: `server.timeoutSeconds` (default 20 s); no retries unless a `backoffPlan` is set.\nAuthentication of the request (Bearer token, `X-Vapi-Secret`, OAuth2 or HMAC, per\nhttps://docs.vapi.ai/server-url/server-authentication) is configured per server credential.\nSource: https://docs.vapi.ai/server-url/events.\n",
        "tags": [
          "webhooks"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/EndOfCallReportWebhook"
              },
              "examples": {
                "realistic": {
                  "summary": "A full report for the ended call of the Get Call example (first).",
                  "value": {
                    "message": {
                      "type": "end-of-call-report",
                      "timestamp": 1725966947912,
                      "endedReason": "customer-ended-call",
                      "startedAt": "2024-09-10T11:14:15.012Z",
                      "endedAt": "2024-09-10T11:15:47.455Z",
                      "cost": 0.1634,
                      "artifact": {
                        "messages": [
                          {
                            "role": "system",
                            "message": "You are a friendly scheduling assistant for Acme Dental.",
                            "time": 1725966905012,
                            "secondsFromStart": 0
                          },
                          {
                            "role": "bot",
                            "message": "Hi, this is Acme Dental. How can I help you today?",
                            "time": 1725966906512,
                            "endTime": 1725966909112,
                            "secondsFromStart": 1.5,
                            "duration": 2600,
                            "source": ""
                          },
                          {
                            "role": "user",
                            "message": "I'd like to move my appointment to Friday.",
                            "time": 1725966910212,
                            "endTime": 1725966912812,
                            "secondsFromStart": 5.2,
                            "duration": 2600
                          },
                          {
                            "role": "tool_calls",
                            "time": 1725966913412,
                            "message": "",
                            "toolCalls": [
                              {
                                "id": "call_CTgHfSj4lNZaqVjByk2eJooc",
                                "type": "function",
                                "function": {
                                  "name": "reschedule",
                                  "arguments": "{\"day\": \"Friday\"}"
                                }
                              }
                            ],
                            "secondsFromStart": 8.4
                          },
                          {
                            "role": "tool_call_result",
                            "time": 1725966914012,
                            "toolCallId": "call_CTgHfSj4lNZaqVjByk2eJooc",
                            "name": "reschedule",
                            "result": "{\"ok\": true, \"slot\": \"Friday 10:00\"}",
                            "secondsFromStart": 9
                          },
                          {
                            "role": "bot",
                            "message": "Done, you're booked for Friday at ten. Anything else?",
                            "time": 1725966914812,
                            "endTime": 1725966918012,
                            "secondsFromStart": 9.8,
                            "duration": 3200
                          },
                          {
                            "role": "user",
                            "message": "No, thanks. Bye.",
                            "time": 1725966919212,
                            "endTime": 1725966920612,
                            "secondsFromStart": 14.2,
                            "duration": 1400
                          }
                        ],
                        "transcript": "AI: Hi, this is Acme Dental. How can I help you today?\nUser: I'd like to move my appointment to Friday.\nAI: Done, you're booked for Friday at ten. Anything else?\nUser: No, thanks. Bye.\n",
                        "recordingUrl": "https://storage.vapi.ai/9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f-1725966997455-mono.wav",
                        "stereoRecordingUrl": "https://storage.vapi.ai/9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f-1725966997455-stereo.wav",
                        "recording": {
                          "stereoUrl": "https://storage.vapi.ai/9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f-1725966997455-stereo.wav",
                          "mono": {
                            "combinedUrl": "https://storage.vapi.ai/9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f-1725966997455-mono.wav"
                          }
                        },
                        "performanceMetrics": {
                          "turnLatencies": [
                            {
                              "modelLatency": 410,
                              "voiceLatency": 220,
                              "transcriberLatency": 180,
                              "endpointingLatency": 300,
                              "turnLatency": 1110
                            },
                            {
                              "modelLatency": 530,
                              "voiceLatency": 250,
                              "transcriberLatency": 170,
                              "endpointingLatency": 310,
                              "turnLatency": 1260
                            }
                          ],
                          "modelLatencyAverage": 470,
                          "voiceLatencyAverage": 235,
                          "transcriberLatencyAverage": 175,
                          "endpointingLatencyAverage": 305,
                          "turnLatencyAverage": 1185,
                          "fromTransportLatencyAverage": 12,
                          "toTransportLatencyAverage": 9,
                          "numUserInterrupted": 0,
                          "numAssistantInterrupted": 1
                        }
                      },
                      "analysis": {
                        "summary": "The customer moved their dental appointment to Friday at 10:00.",
                        "structuredData": {
                          "newSlot": "Friday 10:00"
                        },
                        "successEvaluation": "true"
                      },
                      "customer": {
                        "number": "+12345678913"
                      },
                      "phoneNumber": {
                        "provider": "twilio",
                        "number": "+14155550123",
                        "twilioAccountSid": "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                      },
                      "call": {
                        "id": "9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f",
                        "orgId": "eb166faa-7145-46ef-8044-589b47ae3b56",
                        "type": "outboundPhoneCall",
                        "status": "ended",
                        "endedReason": "customer-ended-call",
                        "createdAt": "2024-09-10T11:15:02.118Z",
                        "updatedAt": "2024-09-10T11:16:49.007Z",
                        "startedAt": "2024-09-10T11:15:05.012Z",
                        "endedAt": "2024-09-10T11:16:37.455Z",
                        "assistantId": "5b0a4a08-133c-4146-9315-0984f8c6be80",
                        "phoneNumberId": "42b4b25d-031e-4786-857f-63b346c9580f",
                        "customer": {
                          "number": "+12345678913"
                        },
                        "phoneCallProvider": "twilio",
                        "phoneCallProviderId": "CA5d7894e170fa53g5ddbe70b1068562fd",
                        "phoneCallTransport": "pstn",
                        "cost": 0.1634,
                        "costBreakdown": {
                          "transport": 0.0154,
                          "stt": 0.0154,
                          "llm": 0.0213,
                          "tts": 0.0344,
                          "vapi": 0.077,
                          "chat": 0,
                          "total": 0.1634,
                          "llmPromptTokens": 5240,
                          "llmCompletionTokens": 212,
                          "llmCachedPromptTokens": 0,
                          "ttsCharacters": 688,
                          "analysisCostBreakdown": {
                            "summary": 0.0003,
                            "summaryPromptTokens": 410,
                            "summaryCompletionTokens": 58,
                            "successEvaluation": 0.0002
                          }
                        },
                        "costs": [
                          {
                            "type": "transport",
                            "provider": "twilio",
                            "minutes": 1.5407,
                            "cost": 0.0154
                          },
                          {
                            "type": "transcriber",
                            "transcriber": {
                              "provider": "deepgram",
                              "model": "nova-2"
                            },
                            "minutes": 1.5407,
                            "cost": 0.0154
                          },
                          {
                            "type": "model",
                            "model": {
                              "provider": "openai",
                              "model": "gpt-4o"
                            },
                            "promptTokens": 5240,
                            "completionTokens": 212,
                            "cost": 0.0213
                          },
                          {
                            "type": "voice",
                            "voice": {
                              "provider": "11labs",
                              "voiceId": "burt"
                            },
                            "characters": 688,
                            "cost": 0.0344
                          },
                          {
                            "type": "vapi",
                            "subType": "normal",
                            "minutes": 1.5407,
                            "cost": 0.077
                          }
                        ],
                        "artifact": {
                          "messages": [
                            {
                              "role": "system",
                              "message": "You are a friendly scheduling assistant for Acme Dental.",
                              "time": 1725966905012,
                              "secondsFromStart": 0
                            },
                            {
                              "role": "bot",
                              "message": "Hi, this is Acme Dental. How can I help you today?",
                              "time": 1725966906512,
                              "endTime": 1725966909112,
                              "secondsFromStart": 1.5,
                              "duration": 2600,
                              "source": ""
                            },
                            {
                              "role": "user",
                              "message": "I'd like to move my appointment to Friday.",
                              "time": 1725966910212,
                              "endTime": 1725966912812,
                              "secondsFromStart": 5.2,
                              "duration": 2600
                            },
                            {
                              "role": "tool_calls",
                              "time": 1725966913412,
                              "message": "",
                              "toolCalls": [
                                {
                                  "id": "call_CTgHfSj4lNZaqVjByk2eJooc",
                                  "type": "function",
                                  "function": {
                                    "name": "reschedule",
                                    "arguments": "{\"day\": \"Friday\"}"
                                  }
                                }
                              ],
                              "secondsFromStart": 8.4
                            },
                            {
                              "role": "tool_call_result",
                              "time": 1725966914012,
                              "toolCallId": "call_CTgHfSj4lNZaqVjByk2eJooc",
                              "name": "reschedule",
                              "result": "{\"ok\": true, \"slot\": \"Friday 10:00\"}",
                              "secondsFromStart": 9
                            },
                            {
                              "role": "bot",
                              "message": "Done, you're booked for Friday at ten. Anything else?",
                              "time": 1725966914812,
                              "endTime": 1725966918012,
                              "secondsFromStart": 9.8,
                              "duration": 3200
                            },
                            {
                              "role": "user",
                              "message": "No, thanks. Bye.",
                              "time": 1725966919212,
                              "endTime": 1725966920612,
                              "secondsFromStart": 14.2,
                              "duration": 1400
                            }
                          ],
                          "transcript": "AI: Hi, this is Acme Dental. How can I help you today?\nUser: I'd like to move my appointment to Friday.\nAI: Done, you're booked for Friday at ten. Anything else?\nUser: No, thanks. Bye.\n",
                          "recordingUrl": "https://storage.vapi.ai/9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f-1725966997455-mono.wav",
                          "stereoRecordingUrl": "https://storage.vapi.ai/9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f-1725966997455-stereo.wav",
                          "recording": {
                            "stereoUrl": "https://storage.vapi.ai/9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f-1725966997455-stereo.wav",
                            "mono": {
                              "combinedUrl": "https://storage.vapi.ai/9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f-1725966997455-mono.wav"
                            }
                          },
                          "performanceMetrics": {
                            "turnLatencies": [
                              {
                                "modelLatency": 410,
                                "voiceLatency": 220,
                                "transcriberLatency": 180,
                                "endpointingLatency": 300,
                                "turnLatency": 1110
                              },
                              {
                                "modelLatency": 530,
                                "voiceLatency": 250,
                                "transcriberLatency": 170,
                                "endpointingLatency": 310,
                                "turnLatency": 1260
                              }
                            ],
                            "modelLatencyAverage": 470,
                            "voiceLatencyAverage": 235,
                            "transcriberLatencyAverage": 175,
                            "endpointingLatencyAverage": 305,
                            "turnLatencyAverage": 1185,
                            "fromTransportLatencyAverage": 12,
                            "toTransportLatencyAverage": 9,
                            "numUserInterrupted": 0,
                            "numAssistantInterrupted": 1
                          }
                        },
                        "analysis": {
                          "summary": "The customer moved their dental appointment to Friday at 10:00.",
                          "structuredData": {
                            "newSlot": "Friday 10:00"
                          },
                          "successEvaluation": "true"
                        }
                      }
                    }
                  }
                },
                "queueManagement": {
                  "summary": "The end-of-call-report payload of https://docs.vapi.ai/calls/call-queue-management, verbatim.",
                  "value": {
                    "message": {
                      "type": "end-of-call-report",
                      "call": {
                        "id": "73a6da0f-c455-4bb6-bf4a-5f0634871430",
                        "status": "ended",
                        "endedReason": "assistant-ended-call"
                      }
                    }
                  }
                },
                "recordingConsent": {
                  "summary": "The \"Successful Consent Webhook\" of https://docs.vapi.ai/security-and-privacy/recording-consent-plan,\nverbatim except that its `/* … */` comment placeholders (not JSON) are empty objects.\n",
                  "value": {
                    "message": {
                      "type": "end-of-call-report",
                      "analysis": {},
                      "artifact": {},
                      "startedAt": "2024-01-15T10:25:00Z",
                      "endedAt": "2024-01-15T10:35:00Z",
                      "endedReason": "assistantEndedCall",
                      "cost": 0.15,
                      "compliance": {
                        "recordingConsent": {
                          "type": "verbal",
                          "grantedAt": "2024-01-15T10:30:00Z"
                        }
                      },
                      "transcript": "/* call transcript */",
                      "recordingUrl": "https://...",
                      "stereoRecordingUrl": "https://..."
                    }
                  }
                },
                "serverEvents": {
                  "summary": "The End of Call Report of https://docs.vapi.ai/server-url/events, verbatim except that its\n`/* … */` comment placeholders (not JSON) are empty objects.\n",
                  "value": {
                    "message": {
                      "type": "end-of-call-report",
                      "endedReason": "hangup",
                      "call": {},
                      "artifact": {
                        "recording": {},
                        "transcript": "AI: How can I help? User: What's the weather? ...",
                        "messages": [
                          {
                            "role": "assistant",
                            "message": "How can I help?"
                          },
                          {
                            "role": "user",
                            "message": "What's the weather?"
                          }
                        ]
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Acknowledged; Vapi expects no body for this message."
          },
          "401": {
            "description": "Your server rejected the request's credentials."
          }
        }
      }
    },
    "statusUpdate": {
      "post": {
        "operationId": "statusUpdate",
        "summary": "Status update",
        "description": "Sent to the Server URL whenever `call.status` changes, if `status-update` is in\n`assistant.serverMessages`. Body `{ \"message\": { \"type\": \"status-update\", \"status\": …, \"call\": {…} } }`;\n`endedReason` comes with `status: \"ended\"`. Source: https://docs.vapi.ai/server-url/events.\n",
        "tags": [
          "webhooks"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/StatusUpdateWebhook"
              },
              "examples": {
                "ended": {
                  "summary": "The status update that ends the call of the Get Call example (first).",
                  "value": {
                    "message": {
                      "type": "status-update",
                      "status": "ended",
                      "endedReason": "customer-ended-call",
                      "timestamp": 1725966947460,
                      "call": {
                        "id": "9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f",
                        "orgId": "eb166faa-7145-46ef-8044-589b47ae3b56",
                        "type": "outboundPhoneCall",
                        "status": "ended",
                        "endedReason": "customer-ended-call",
                        "createdAt": "2024-09-10T11:15:02.118Z",
                        "updatedAt": "2024-09-10T11:16:49.007Z",
                        "startedAt": "2024-09-10T11:15:05.012Z",
                        "endedAt": "2024-09-10T11:16:37.455Z",
                        "assistantId": "5b0a4a08-133c-4146-9315-0984f8c6be80",
                        "phoneNumberId": "42b4b25d-031e-4786-857f-63b346c9580f",
                        "customer": {
                          "number": "+12345678913"
                        },
                        "phoneCallProvider": "twilio",
                        "phoneCallProviderId": "CA5d7894e170fa53g5ddbe70b1068562fd",
                        "phoneCallTransport": "pstn",
                        "cost": 0.1634,
                        "costBreakdown": {
                          "transport": 0.0154,
                          "stt": 0.0154,
                          "llm": 0.0213,
                          "tts": 0.0344,
                          "vapi": 0.077,
                          "chat": 0,
                          "total": 0.1634,
                          "llmPromptTokens": 5240,
                          "llmCompletionTokens": 212,
                          "llmCachedPromptTokens": 0,
                          "ttsCharacters": 688,
                          "analysisCostBreakdown": {
                            "summary": 0.0003,
                            "summaryPromptTokens": 410,
                            "summaryCompletionTokens": 58,
                            "successEvaluation": 0.0002
                          }
                        },
                        "costs": [
                          {
                            "type": "transport",
                            "provider": "twilio",
                            "minutes": 1.5407,
                            "cost": 0.0154
                          },
                          {
                            "type": "transcriber",
                            "transcriber": {
                              "provider": "deepgram",
                              "model": "nova-2"
                            },
                            "minutes": 1.5407,
                            "cost": 0.0154
                          },
                          {
                            "type": "model",
                            "model": {
                              "provider": "openai",
                              "model": "gpt-4o"
                            },
                            "promptTokens": 5240,
                            "completionTokens": 212,
                            "cost": 0.0213
                          },
                          {
                            "type": "voice",
                            "voice": {
                              "provider": "11labs",
                              "voiceId": "burt"
                            },
                            "characters": 688,
                            "cost": 0.0344
                          },
                          {
                            "type": "vapi",
                            "subType": "normal",
                            "minutes": 1.5407,
                            "cost": 0.077
                          }
                        ],
                        "artifact": {
                          "messages": [
                            {
                              "role": "system",
                              "message": "You are a friendly scheduling assistant for Acme Dental.",
                              "time": 1725966905012,
                              "secondsFromStart": 0
                            },
                            {
                              "role": "bot",
                              "message": "Hi, this is Acme Dental. How can I help you today?",
                              "time": 1725966906512,
                              "endTime": 1725966909112,
                              "secondsFromStart": 1.5,
                              "duration": 2600,
                              "source": ""
                            },
                            {
                              "role": "user",
                              "message": "I'd like to move my appointment to Friday.",
                              "time": 1725966910212,
                              "endTime": 1725966912812,
                              "secondsFromStart": 5.2,
                              "duration": 2600
                            },
                            {
                              "role": "tool_calls",
                              "time": 1725966913412,
                              "message": "",
                              "toolCalls": [
                                {
                                  "id": "call_CTgHfSj4lNZaqVjByk2eJooc",
                                  "type": "function",
                                  "function": {
                                    "name": "reschedule",
                                    "arguments": "{\"day\": \"Friday\"}"
                                  }
                                }
                              ],
                              "secondsFromStart": 8.4
                            },
                            {
                              "role": "tool_call_result",
                              "time": 1725966914012,
                              "toolCallId": "call_CTgHfSj4lNZaqVjByk2eJooc",
                              "name": "reschedule",
                              "result": "{\"ok\": true, \"slot\": \"Friday 10:00\"}",
                              "secondsFromStart": 9
                            },
                            {
                              "role": "bot",
                              "message": "Done, you're booked for Friday at ten. Anything else?",
                              "time": 1725966914812,
                              "endTime": 1725966918012,
                              "secondsFromStart": 9.8,
                              "duration": 3200
                            },
                            {
                              "role": "user",
                              "message": "No, thanks. Bye.",
                              "time": 1725966919212,
                              "endTime": 1725966920612,
                              "secondsFromStart": 14.2,
                              "duration": 1400
                            }
                          ],
                          "transcript": "AI: Hi, this is Acme Dental. How can I help you today?\nUser: I'd like to move my appointment to Friday.\nAI: Done, you're booked for Friday at ten. Anything else?\nUser: No, thanks. Bye.\n",
                          "recordingUrl": "https://storage.vapi.ai/9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f-1725966997455-mono.wav",
                          "stereoRecordingUrl": "https://storage.vapi.ai/9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f-1725966997455-stereo.wav",
                          "recording": {
                            "stereoUrl": "https://storage.vapi.ai/9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f-1725966997455-stereo.wav",
                            "mono": {
                              "combinedUrl": "https://storage.vapi.ai/9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f-1725966997455-mono.wav"
                            }
                          },
                          "performanceMetrics": {
                            "turnLatencies": [
                              {
                                "modelLatency": 410,
                                "voiceLatency": 220,
                                "transcriberLatency": 180,
                                "endpointingLatency": 300,
                                "turnLatency": 1110
                              },
                              {
                                "modelLatency": 530,
                                "voiceLatency": 250,
                                "transcriberLatency": 170,
                                "endpointingLatency": 310,
                                "turnLatency": 1260
                              }
                            ],
                            "modelLatencyAverage": 470,
                            "voiceLatencyAverage": 235,
                            "transcriberLatencyAverage": 175,
                            "endpointingLatencyAverage": 305,
                            "turnLatencyAverage": 1185,
                            "fromTransportLatencyAverage": 12,
                            "toTransportLatencyAverage": 9,
                            "numUserInterrupted": 0,
                            "numAssistantInterrupted": 1
                          }
                        },
                        "analysis": {
                          "summary": "The customer moved their dental appointment to Friday at 10:00.",
                          "structuredData": {
                            "newSlot": "Friday 10:00"
                          },
                          "successEvaluation": "true"
                        }
                      }
                    }
                  }
                },
                "serverEvents": {
                  "summary": "The Status Updates example of https://docs.vapi.ai/server-url/events, verbatim except that its\n`/* Call Object */` placeholder (not JSON) is an empty object.\n",
                  "value": {
                    "message": {
                      "type": "status-update",
                      "call": {},
                      "status": "ended"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Acknowledged; Vapi expects no body for this message."
          },
          "401": {
            "description": "Your server rejected the request's credentials."
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "BearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "`Authorization: Bearer <private API key>`, from the Vapi dashboard (https://dashboard.vapi.ai).\nSource: https://docs.vapi.ai/api-reference/calls/get.\n"
      }
    },
    "schemas": {
      "CallType": {
        "type": "string",
        "description": "`inboundPhoneCall`, `outboundPhoneCall`, `webCall` or `vapi.websocketCall`.",
        "enum": [
          "inboundPhoneCall",
          "outboundPhoneCall",
          "webCall",
          "vapi.websocketCall"
        ]
      },
      "CallStatus": {
        "type": "string",
        "description": "The call's status.",
        "enum": [
          "scheduled",
          "queued",
          "ringing",
          "in-progress",
          "forwarding",
          "ended",
          "not-found",
          "deletion-failed"
        ]
      },
      "EndedReason": {
        "type": "string",
        "description": "Why the call ended. Vapi's reference lists its values in families (https://docs.vapi.ai/calls/call-ended-reason):\n`customer-*` (`customer-ended-call`, `customer-busy`, `customer-did-not-answer`, …), `assistant-*`\n(`assistant-ended-call`, `assistant-said-end-call-phrase`, `assistant-forwarded-call`, …),\n`silence-timed-out`, `exceeded-max-duration`, `voicemail`, `manually-canceled`, `call-deleted`,\n`pipeline-error-*` (legacy provider errors), `call.start.error-*` (before the call connects),\n`call.in-progress.error-*` (`vapifault`/`providerfault` during the call), `call.ringing.*`,\n`call.forwarding.*`, `call.ending.*`, `twilio-*`, `vonage-*`, `worker-shutdown`. A plain string here:\nnew values appear often, and Vapi's own guides use values outside the list.\n"
      },
      "Call": {
        "type": "object",
        "description": "A Vapi call. Source: https://docs.vapi.ai/api-reference/calls/get (`Call`).",
        "additionalProperties": true,
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The call's unique id (UUID)."
          },
          "orgId": {
            "type": "string",
            "description": "The id of the org the call belongs to. Required by the reference; absent in some guide examples."
          },
          "type": {
            "$ref": "#/components/schemas/CallType"
          },
          "status": {
            "$ref": "#/components/schemas/CallStatus"
          },
          "endedReason": {
            "$ref": "#/components/schemas/EndedReason"
          },
          "endedMessage": {
            "type": "string",
            "description": "More context on `endedReason` (an error message or warning)."
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the call was created, ISO 8601. Required by the reference."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the call was last updated, ISO 8601. Required by the reference."
          },
          "startedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the call started, ISO 8601. There is no duration field; duration = `endedAt − startedAt`."
          },
          "endedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the call ended, ISO 8601."
          },
          "cost": {
            "type": "number",
            "description": "Total cost of the call, **USD**."
          },
          "costBreakdown": {
            "$ref": "#/components/schemas/CostBreakdown"
          },
          "costs": {
            "type": "array",
            "description": "Cost of each component of the call, **USD** each.",
            "items": {
              "$ref": "#/components/schemas/CostItem"
            }
          },
          "messages": {
            "type": "array",
            "description": "Legacy copy of `artifact.messages`.",
            "items": {
              "$ref": "#/components/schemas/Message"
            }
          },
          "artifact": {
            "$ref": "#/components/schemas/Artifact"
          },
          "analysis": {
            "$ref": "#/components/schemas/Analysis"
          },
          "compliance": {
            "$ref": "#/components/schemas/Compliance"
          },
          "monitor": {
            "type": "object",
            "description": "Live-call `listenUrl` (WebSocket) and `controlUrl`, while the call runs.",
            "additionalProperties": true,
            "properties": {
              "listenUrl": {
                "type": "string"
              },
              "controlUrl": {
                "type": "string"
              },
              "monitors": {
                "type": "array",
                "items": {
                  "type": "object",
                  "additionalProperties": true,
                  "properties": {
                    "monitorId": {
                      "type": "string"
                    },
                    "filterPassed": {
                      "type": "boolean"
                    }
                  }
                }
              }
            }
          },
          "destination": {
            "type": "object",
            "description": "Where the call was transferred: `{type: number, number}` or `{type: sip, sipUri}`; absent when not transferred.",
            "additionalProperties": true,
            "properties": {
              "type": {
                "type": "string",
                "description": "`number` or `sip`."
              },
              "number": {
                "type": "string",
                "description": "The transfer number (E.164)."
              },
              "sipUri": {
                "type": "string"
              },
              "message": {
                "type": "object",
                "description": "This is spoken to the customer before connecting them to the destination.",
                "additionalProperties": true,
                "properties": {
                  "contents": {
                    "type": "array",
                    "description": "This is an alternative to the `content` property. It allows to specify variants of the same content, one per language.",
                    "items": {
                      "type": "object",
                      "additionalProperties": true,
                      "properties": {
                        "type": {
                          "type": "string",
                          "enum": [
                            "text"
                          ]
                        },
                        "text": {
                          "type": "string"
                        },
                        "language": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "type": {
                    "type": "string",
                    "description": "This is a custom message.",
                    "enum": [
                      "custom-message"
                    ]
                  },
                  "content": {
                    "type": "string",
                    "description": "This is the content that the assistant will say when this message is triggered."
                  }
                }
              },
              "numberE164CheckEnabled": {
                "type": "boolean",
                "description": "This is the flag to toggle the E164 check for the `number` field. This is an advanced property which should be used if you know your use case requires it."
              },
              "extension": {
                "type": "string",
                "description": "This is the extension to dial after transferring the call to the `number`."
              },
              "callerId": {
                "type": "string",
                "description": "This is the caller ID to use when transferring the call to the `number`."
              },
              "transferPlan": {
                "type": "object",
                "description": "This configures how transfer is executed and the experience of the destination party receiving the call. Defaults to `blind-transfer`.",
                "additionalProperties": true,
                "properties": {
                  "mode": {
                    "type": "string",
                    "description": "This configures how transfer is executed and the experience of the destination party receiving the call.",
                    "enum": [
                      "blind-transfer",
                      "blind-transfer-add-summary-to-sip-header",
                      "warm-transfer-say-message",
                      "warm-transfer-say-summary",
                      "warm-transfer-twiml",
                      "warm-transfer-wait-for-operator-to-speak-first-and-then-say-message",
                      "warm-transfer-wait-for-operator-to-speak-first-and-then-say-summary",
                      "warm-transfer-experimental"
                    ]
                  },
                  "message": {
                    "type": "object",
                    "description": "This is the message the assistant will deliver to the destination party before connecting the customer.",
                    "additionalProperties": true,
                    "properties": {
                      "contents": {
                        "type": "array",
                        "description": "This is an alternative to the `content` property. It allows to specify variants of the same content, one per language.",
                        "items": {
                          "type": "object",
                          "additionalProperties": true
                        }
                      },
                      "type": {
                        "type": "string",
                        "description": "This is a custom message.",
                        "enum": [
                          "custom-message"
                        ]
                      },
                      "content": {
                        "type": "string",
                        "description": "This is the content that the assistant will say when this message is triggered."
                      }
                    }
                  },
                  "timeout": {
                    "type": "number",
                    "description": "This is the timeout in seconds for the warm-transfer-wait-for-operator-to-speak-first-and-then-say-message/summary"
                  },
                  "sipVerb": {
                    "description": "This specifies the SIP verb to use while transferring the call. - 'refer': Uses SIP REFER to transfer the call (default) - 'bye': Ends current call with SIP BYE - 'dial': Uses SIP DIAL to transfer the call"
                  },
                  "dialTimeout": {
                    "type": "number",
                    "description": "This sets the timeout for the dial operation in seconds. This is the duration the call will ring before timing out."
                  },
                  "holdAudioUrl": {
                    "type": "string",
                    "description": "This is the URL to an audio file played while the customer is on hold during transfer."
                  },
                  "transferCompleteAudioUrl": {
                    "type": "string",
                    "description": "This is the URL to an audio file played after the warm transfer message or summary is delivered to the destination party. It can be used to play a custom sound like 'beep' to notify that the transfer is complete."
                  },
                  "contextEngineeringPlan": {
                    "type": "object",
                    "description": "This is the plan for manipulating the message context before initiating the warm transfer. Usage: - Used only when `mode` is `warm-transfer-experimental`. - These messages will automatically be added to the transferAssistant's system message. - If 'none', we will not add any transcript to the tra…",
                    "additionalProperties": true,
                    "properties": {
                      "type": {
                        "type": "string",
                        "enum": [
                          "lastNMessages"
                        ]
                      },
                      "maxMessages": {
                        "type": "number",
                        "description": "This is the maximum number of messages to include in the context engineering plan."
                      }
                    }
                  },
                  "twiml": {
                    "type": "string",
                    "description": "This is the TwiML instructions to execute on the destination call leg before connecting the customer."
                  },
                  "summaryPlan": {
                    "type": "object",
                    "description": "This is the plan for generating a summary of the call to present to the destination party.",
                    "additionalProperties": true,
                    "properties": {
                      "messages": {
                        "type": "array",
                        "description": "These are the messages used to generate the summary.",
                        "items": {}
                      },
                      "enabled": {
                        "type": "boolean",
                        "description": "This determines whether a summary is generated and stored in `call.analysis.summary`. Defaults to true."
                      },
                      "timeoutSeconds": {
                        "type": "number",
                        "description": "This is how long the request is tried before giving up. When request times out, `call.analysis.summary` will be empty."
                      }
                    }
                  },
                  "sipHeadersInReferToEnabled": {
                    "type": "boolean",
                    "description": "This flag includes the sipHeaders from above in the refer to sip uri as url encoded query params."
                  },
                  "fallbackPlan": {
                    "type": "object",
                    "description": "This configures the fallback plan when the transfer fails (destination unreachable, busy, or not human).",
                    "additionalProperties": true,
                    "properties": {
                      "message": {
                        "type": "object",
                        "description": "This is the message the assistant will deliver to the customer if the transfer fails.",
                        "additionalProperties": true
                      },
                      "endCallEnabled": {
                        "type": "boolean",
                        "description": "This controls what happens after delivering the failure message to the customer. - true: End the call after delivering the failure message (default) - false: Keep the assistant on the call to continue handling the customer's request"
                      }
                    }
                  }
                }
              },
              "description": {
                "type": "string",
                "description": "This is the description of the destination, used by the AI to choose when and how to transfer the call."
              },
              "sipHeaders": {
                "description": "These are custom headers to be added to SIP refer during transfer call."
              },
              "name": {
                "type": "string",
                "description": "The name of the transfer destination, for your own reference."
              }
            }
          },
          "transport": {
            "type": "object",
            "description": "The call's transport, e.g. `provider` `vapi.websocket` with its `websocketCallUrl`.",
            "additionalProperties": true,
            "properties": {
              "conversationType": {
                "type": "string",
                "description": "This is the conversation type of the call (ie, voice or chat).",
                "enum": [
                  "voice"
                ]
              },
              "provider": {
                "type": "string",
                "description": "Vapi websocket transport provider",
                "enum": [
                  "vapi.websocket"
                ]
              },
              "audioFormat": {
                "type": "object",
                "description": "This is the audio format of the call. Defaults to 16KHz raw pcm_s16le",
                "additionalProperties": true,
                "properties": {
                  "sampleRate": {
                    "type": "number",
                    "description": "This is the sample rate of the call."
                  },
                  "format": {
                    "description": "This is the audio format of the call."
                  },
                  "container": {
                    "type": "string",
                    "description": "This is the container format of the call.",
                    "enum": [
                      "raw"
                    ]
                  }
                }
              },
              "conversationUUID": {
                "type": "string",
                "description": "This is the conversation UUID of the Vonage call."
              },
              "callUUID": {
                "type": "string",
                "description": "This is the call ID of the Vonage call."
              },
              "accountSid": {
                "type": "string",
                "description": "This is the account SID of the Twilio account."
              },
              "callSid": {
                "type": "string",
                "description": "This is the call SID of the Twilio call."
              },
              "callToken": {
                "type": "string",
                "description": "This is the call token of the Twilio call."
              },
              "forwardedFrom": {
                "type": "string",
                "description": "This is the phone number from which the call was forwarded. Undefined if the call was not forwarded."
              },
              "dialTimeout": {
                "type": "number",
                "description": "This sets the timeout for outbound dial operations in seconds. This is the duration the call will ring before timing out."
              },
              "sbcCallSid": {
                "type": "string",
                "description": "This is the call SID of the Vapi SIP call."
              },
              "callControlId": {
                "type": "string",
                "description": "This is the call control ID of the Telnyx call."
              },
              "callLegId": {
                "type": "string",
                "description": "This is the call leg ID of the Telnyx call."
              },
              "callSessionId": {
                "type": "string",
                "description": "This is the call session ID of the Telnyx call."
              },
              "roomDeleteOnUserLeaveEnabled": {
                "type": "boolean",
                "description": "This determines whether the daily room will be deleted and all participants will be kicked once the user leaves the room. If set to `false`, the room will be kept alive even after the user leaves, allowing clients to reconnect to the same room. If set to `true`, the room will be deleted and recon…"
              },
              "callUrl": {
                "type": "string",
                "description": "This is the URL of the web call."
              },
              "callSipUri": {
                "type": "string",
                "description": "This is the SIP URI of the web call."
              }
            }
          },
          "phoneCallProvider": {
            "type": "string",
            "description": "`twilio`, `vonage`, `vapi` or `telnyx` (phone calls only).",
            "enum": [
              "twilio",
              "vonage",
              "vapi",
              "telnyx"
            ]
          },
          "phoneCallProviderId": {
            "type": "string",
            "description": "The call's id at the phone provider (Twilio `CallSid`, Vonage `conversationUuid`, Telnyx `callControlId`)."
          },
          "phoneCallTransport": {
            "type": "string",
            "description": "`sip` or `pstn` (phone calls only).",
            "enum": [
              "sip",
              "pstn"
            ]
          },
          "assistantId": {
            "type": "string",
            "description": "The saved assistant that ran the call (absent for a transient `assistant`, a squad or a workflow)."
          },
          "assistant": {
            "type": "object",
            "description": "The transient assistant of the call (its full configuration; free-form here).",
            "additionalProperties": true
          },
          "squadId": {
            "type": "string",
            "description": "The saved squad that ran the call."
          },
          "workflowId": {
            "type": "string",
            "description": "The saved workflow that ran the call."
          },
          "campaignId": {
            "type": "string",
            "description": "The campaign the call belongs to."
          },
          "phoneNumberId": {
            "type": "string",
            "description": "The Vapi phone number of the call (phone calls only); its number is not on the call."
          },
          "phoneNumber": {
            "$ref": "#/components/schemas/CallPhoneNumber"
          },
          "customerId": {
            "type": "string",
            "description": "The saved customer of the call."
          },
          "customer": {
            "$ref": "#/components/schemas/Customer"
          },
          "name": {
            "type": "string",
            "description": "Your own label for the call."
          },
          "assistantVersion": {
            "type": [
              "string",
              "null"
            ],
            "description": "This is the assistant version to use for this call. Supported only with direct `assistantId`. Omit to follow the latest version."
          },
          "artifactPlan": {
            "type": "object",
            "description": "This is a copy of assistant artifact plan. This isn't actually stored on the call but rather just returned in POST /call/web to enable artifact creation client side.",
            "additionalProperties": true,
            "properties": {
              "recordingEnabled": {
                "type": "boolean",
                "description": "This determines whether assistant's calls are recorded. Defaults to true."
              },
              "recordingFormat": {
                "type": "string",
                "description": "This determines the format of the recording. Defaults to `wav;l16`.",
                "enum": [
                  "wav;l16",
                  "mp3"
                ]
              },
              "recordingUseCustomStorageEnabled": {
                "type": "boolean",
                "description": "This determines whether to use custom storage (S3 or GCP) for call recordings when storage credentials are configured."
              },
              "videoRecordingEnabled": {
                "type": "boolean",
                "description": "This determines whether the video is recorded during the call. Defaults to false. Only relevant for `webCall` type."
              },
              "fullMessageHistoryEnabled": {
                "type": "boolean",
                "description": "This determines whether the artifact contains the full message history, even after handoff context engineering. Defaults to false."
              },
              "pcapEnabled": {
                "type": "boolean",
                "description": "This determines whether the SIP packet capture is enabled. Defaults to true. Only relevant for `phone` type calls where phone number's provider is `vapi` or `byo-phone-number`."
              },
              "pcapS3PathPrefix": {
                "type": "string",
                "description": "This is the path where the SIP packet capture will be uploaded. This is only used if you have provided S3 or GCP credentials on the Provider Credentials page in the Dashboard."
              },
              "pcapUseCustomStorageEnabled": {
                "type": "boolean",
                "description": "This determines whether to use custom storage (S3 or GCP) for SIP packet captures when storage credentials are configured."
              },
              "loggingEnabled": {
                "type": "boolean",
                "description": "This determines whether the call logs are enabled. Defaults to true."
              },
              "loggingUseCustomStorageEnabled": {
                "type": "boolean",
                "description": "This determines whether to use custom storage (S3 or GCP) for call logs when storage credentials are configured."
              },
              "transcriptPlan": {
                "type": "object",
                "description": "This is the plan for `call.artifact.transcript`. To disable, set `transcriptPlan.enabled` to false.",
                "additionalProperties": true,
                "properties": {
                  "enabled": {
                    "type": "boolean",
                    "description": "This determines whether the transcript is stored in `call.artifact.transcript`. Defaults to true."
                  },
                  "assistantName": {
                    "type": "string",
                    "description": "This is the name of the assistant in the transcript. Defaults to 'AI'."
                  },
                  "userName": {
                    "type": "string",
                    "description": "This is the name of the user in the transcript. Defaults to 'User'."
                  }
                }
              },
              "recordingPath": {
                "type": "string",
                "description": "This is the path where the recording will be uploaded. This is only used if you have provided S3 or GCP credentials on the Provider Credentials page in the Dashboard."
              },
              "structuredOutputIds": {
                "type": "array",
                "description": "This is an array of structured output IDs to be calculated during the call. The outputs will be extracted and stored in `call.artifact.structuredOutputs` after the call is ended.",
                "items": {
                  "type": "string"
                }
              },
              "structuredOutputs": {
                "type": "array",
                "description": "This is an array of transient structured outputs to be calculated during the call. The outputs will be extracted and stored in `call.artifact.structuredOutputs` after the call is ended. Use this to provide inline structured output configurations instead of referencing existing ones via structured…",
                "items": {
                  "type": "object",
                  "additionalProperties": true,
                  "properties": {
                    "type": {
                      "type": "string",
                      "description": "This is the type of structured output.",
                      "enum": [
                        "ai",
                        "regex"
                      ]
                    },
                    "regex": {
                      "type": "string",
                      "description": "This is the regex pattern to match against the transcript."
                    },
                    "model": {
                      "type": "object",
                      "description": "This is the model that will be used to extract the structured output.",
                      "additionalProperties": true,
                      "properties": {
                        "messages": {
                          "type": "array",
                          "description": "These are the messages used to customize the prompt used for structured output extraction.",
                          "items": {
                            "type": "object",
                            "additionalProperties": true
                          }
                        },
                        "provider": {
                          "type": "string",
                          "description": "This is the provider of the model (`openai`).",
                          "enum": [
                            "openai"
                          ]
                        },
                        "model": {
                          "type": "string",
                          "description": "This is the OpenAI model that will be used."
                        },
                        "temperature": {
                          "type": "number",
                          "description": "This is the temperature of the model."
                        },
                        "maxTokens": {
                          "type": "number",
                          "description": "This is the max tokens of the model."
                        },
                        "thinking": {
                          "type": "object",
                          "description": "This is the optional configuration for Anthropic's thinking feature.",
                          "additionalProperties": true
                        },
                        "metadataSendMode": {
                          "type": "string",
                          "description": "This determines whether metadata is sent in requests to the custom provider.",
                          "enum": [
                            "off",
                            "variable",
                            "destructured"
                          ]
                        },
                        "url": {
                          "type": "string",
                          "description": "These is the URL we'll use for the OpenAI client's `baseURL`. Ex. https://openrouter.ai/api/v1"
                        },
                        "headers": {
                          "description": "These are the headers we'll use for the OpenAI client's `headers`."
                        },
                        "timeoutSeconds": {
                          "type": "number",
                          "description": "This sets the timeout for the connection to the custom provider without needing to stream any tokens back. Default is 20 seconds."
                        }
                      }
                    },
                    "compliancePlan": {
                      "type": "object",
                      "description": "Compliance configuration for this output. Only enable overrides if no sensitive data will be stored.",
                      "additionalProperties": true,
                      "properties": {
                        "forceStoreOnHipaaEnabled": {
                          "type": "boolean",
                          "description": "Force storage for this output under HIPAA. Only enable if output contains no sensitive data."
                        }
                      }
                    },
                    "conditions": {
                      "type": [
                        "array",
                        "null"
                      ],
                      "description": "These are the conditions that gate the execution of this structured output. Every condition must pass for the structured output to run (AND semantics). When omitted or empty, no user-defined conditions gate this output. Send null to clear a previously saved gate.",
                      "items": {
                        "type": "object",
                        "additionalProperties": true,
                        "properties": {
                          "type": {
                            "type": "string",
                            "description": "This is the type discriminator for the minMessages condition.",
                            "enum": [
                              "minMessages"
                            ]
                          },
                          "count": {
                            "type": "number",
                            "description": "This is the minimum number of conversation messages required for the structured output to run."
                          },
                          "seconds": {
                            "type": "number",
                            "description": "This is the minimum call duration in seconds required for the structured output to run."
                          },
                          "operator": {
                            "type": "string",
                            "description": "This is the membership operator applied against `values`.",
                            "enum": [
                              "oneOf",
                              "notOneOf"
                            ]
                          },
                          "values": {
                            "type": "array",
                            "description": "These are the ended reasons compared against the call's ended reason.",
                            "items": {
                              "type": "string"
                            }
                          }
                        }
                      }
                    },
                    "name": {
                      "type": "string",
                      "description": "This is the name of the structured output."
                    },
                    "schema": {
                      "type": "object",
                      "description": "This is the JSON Schema definition for the structured output.",
                      "additionalProperties": true,
                      "properties": {
                        "type": {
                          "type": "string",
                          "description": "This is the type of output you'd like.",
                          "enum": [
                            "string",
                            "number",
                            "integer",
                            "boolean",
                            "array",
                            "object"
                          ]
                        },
                        "items": {
                          "type": "object",
                          "description": "This is required if the type is \"array\". This is the schema of the items in the array. This is a recursive reference to JsonSchema.",
                          "additionalProperties": true
                        },
                        "properties": {
                          "description": "This is required if the type is \"object\". This specifies the properties of the object. This is a map of property names to JsonSchema objects."
                        },
                        "description": {
                          "type": "string",
                          "description": "This is the description to help the model understand what it needs to output."
                        },
                        "pattern": {
                          "type": "string",
                          "description": "This is the pattern of the string. This is a regex that will be used to validate the data in question. To use a common format, use the `format` property instead."
                        },
                        "format": {
                          "type": "string",
                          "description": "This is the format of the string. To pass a regex, use the `pattern` property instead.",
                          "enum": [
                            "date-time",
                            "time",
                            "date",
                            "duration",
                            "email",
                            "hostname",
                            "ipv4",
                            "ipv6",
                            "uuid"
                          ]
                        },
                        "required": {
                          "type": "array",
                          "description": "This is a list of properties that are required.",
                          "items": {
                            "type": "string"
                          }
                        },
                        "enum": {
                          "type": "array",
                          "description": "This array specifies the allowed values that can be used to restrict the output of the model.",
                          "items": {
                            "type": "string"
                          }
                        },
                        "title": {
                          "type": "string",
                          "description": "This is the title of the schema."
                        }
                      }
                    },
                    "description": {
                      "type": "string",
                      "description": "This is the description of what the structured output extracts."
                    },
                    "assistantIds": {
                      "type": "array",
                      "description": "These are the assistant IDs that this structured output is linked to.",
                      "items": {
                        "type": "string"
                      }
                    },
                    "workflowIds": {
                      "type": "array",
                      "description": "These are the workflow IDs that this structured output is linked to.",
                      "items": {
                        "type": "string"
                      }
                    }
                  }
                }
              },
              "scorecardIds": {
                "type": "array",
                "description": "This is an array of scorecard IDs that will be evaluated based on the structured outputs extracted during the call. The scorecards will be evaluated and the results will be stored in `call.artifact.scorecards` after the call has ended.",
                "items": {
                  "type": "string"
                }
              },
              "scorecards": {
                "type": "array",
                "description": "This is the array of scorecards that will be evaluated based on the structured outputs extracted during the call. The scorecards will be evaluated and the results will be stored in `call.artifact.scorecards` after the call has ended.",
                "items": {
                  "type": "object",
                  "additionalProperties": true,
                  "properties": {
                    "name": {
                      "type": "string",
                      "description": "This is the name of the scorecard. It is only for user reference and will not be used for any evaluation."
                    },
                    "description": {
                      "type": "string",
                      "description": "This is the description of the scorecard. It is only for user reference and will not be used for any evaluation."
                    },
                    "metrics": {
                      "type": "array",
                      "description": "These are the metrics that will be used to evaluate the scorecard. Each metric will have a set of conditions and points that will be used to generate the score.",
                      "items": {
                        "type": "object",
                        "additionalProperties": true,
                        "properties": {
                          "conditions": {
                            "type": "array",
                            "description": "These are the conditions that will be used to evaluate the scorecard. Each condition will have a comparator, value, and points that will be used to calculate the final score. The points will be added to the overall score if the condition is met. The overall score will be normalized to a 100 point…",
                            "items": {
                              "type": "object",
                              "additionalProperties": true
                            }
                          },
                          "structuredOutputId": {
                            "type": "string",
                            "description": "This is the unique identifier for the structured output that will be used to evaluate the scorecard. The structured output must be of type number or boolean only for now."
                          }
                        }
                      }
                    },
                    "assistantIds": {
                      "type": "array",
                      "description": "These are the assistant IDs that this scorecard is linked to. When linked to assistants, this scorecard will be available for evaluation during those assistants' calls.",
                      "items": {
                        "type": "string"
                      }
                    }
                  }
                }
              },
              "loggingPath": {
                "type": "string",
                "description": "This is the path where the call logs will be uploaded. This is only used if you have provided S3 or GCP credentials on the Provider Credentials page in the Dashboard."
              }
            }
          },
          "assistantOverrides": {
            "type": "object",
            "description": "These are the overrides for the `assistant` or `assistantId`'s settings and template variables. A configuration subtree: an open object here (its full schema is in Vapi's reference, https://docs.vapi.ai/api-reference).",
            "additionalProperties": true
          },
          "squad": {
            "type": "object",
            "description": "This is a squad that will be used for the call. To use an existing squad, use `squadId` instead. A configuration subtree: an open object here (its full schema is in Vapi's reference, https://docs.vapi.ai/api-reference).",
            "additionalProperties": true
          },
          "squadOverrides": {
            "type": "object",
            "description": "These are the overrides for the `squad` or `squadId`'s member settings and template variables. This will apply to all members of the squad. A configuration subtree: an open object here (its full schema is in Vapi's reference, https://docs.vapi.ai/api-reference).",
            "additionalProperties": true
          },
          "workflow": {
            "type": "object",
            "description": "This is a workflow that will be used for the call. To use an existing workflow, use `workflowId` instead. A configuration subtree: an open object here (its full schema is in Vapi's reference, https://docs.vapi.ai/api-reference).",
            "additionalProperties": true
          },
          "workflowOverrides": {
            "type": "object",
            "description": "These are the overrides for the `workflow` or `workflowId`'s settings and template variables. A configuration subtree: an open object here (its full schema is in Vapi's reference, https://docs.vapi.ai/api-reference).",
            "additionalProperties": true
          },
          "schedulePlan": {
            "type": "object",
            "description": "This is the schedule plan of the call.",
            "additionalProperties": true,
            "properties": {
              "earliestAt": {
                "type": "string",
                "description": "This is the ISO 8601 date-time string of the earliest time the call can be scheduled.",
                "format": "date-time"
              },
              "latestAt": {
                "type": "string",
                "description": "This is the ISO 8601 date-time string of the latest time the call can be scheduled.",
                "format": "date-time"
              }
            }
          }
        }
      },
      "Customer": {
        "type": "object",
        "description": "The person on the other end (phone calls); `number` is E.164 unless `numberE164CheckEnabled` is false.",
        "additionalProperties": true,
        "properties": {
          "number": {
            "type": "string",
            "description": "The customer's phone number (E.164 in the examples)."
          },
          "sipUri": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "email": {
            "type": "string"
          },
          "extension": {
            "type": "string"
          },
          "externalId": {
            "type": "string"
          },
          "numberE164CheckEnabled": {
            "type": "boolean",
            "description": "This is the flag to toggle the E164 check for the `number` field. This is an advanced property which should be used if you know your use case requires it."
          },
          "assistantOverrides": {
            "type": "object",
            "description": "These are the overrides for the assistant's settings and template variables specific to this customer. This allows customization of the assistant's behavior for individual customers in batch calls. A configuration subtree: an open object here (its full schema is in Vapi's reference, https://docs.vapi.ai/api-reference).",
            "additionalProperties": true
          },
          "squadOverrides": {
            "type": "object",
            "description": "These are the overrides applied when the call targets a `squadId`. Mirrors the call-level `squadOverrides` — use this instead of `assistantOverrides` when the campaign or call is squad-based. A configuration subtree: an open object here (its full schema is in Vapi's reference, https://docs.vapi.ai/api-reference).",
            "additionalProperties": true
          }
        }
      },
      "PhoneNumber": {
        "type": "object",
        "description": "The transient phone number of the call: the agent's side. Imported Twilio numbers carry the digits in\n`twilioPhoneNumber` on a call, and every provider's number DTO in webhooks carries `number`.\n",
        "additionalProperties": true,
        "properties": {
          "provider": {
            "type": "string",
            "description": "`byo-phone-number`, `twilio`, `vonage`, `vapi` or `telnyx`."
          },
          "number": {
            "type": "string",
            "description": "The phone number (E.164)."
          },
          "twilioPhoneNumber": {
            "type": "string",
            "description": "The phone number of an imported Twilio number."
          },
          "name": {
            "type": "string"
          }
        }
      },
      "CostBreakdown": {
        "type": "object",
        "description": "Cost per component, **USD**, plus token and character counts.",
        "additionalProperties": true,
        "properties": {
          "transport": {
            "type": "number",
            "description": "Telephony/transport provider (Twilio, Vonage…), USD."
          },
          "stt": {
            "type": "number",
            "description": "Speech-to-text, USD."
          },
          "llm": {
            "type": "number",
            "description": "Language model, USD."
          },
          "tts": {
            "type": "number",
            "description": "Text-to-speech, USD."
          },
          "vapi": {
            "type": "number",
            "description": "Vapi's platform fee, USD."
          },
          "chat": {
            "type": "number",
            "description": "Chat interactions, USD."
          },
          "total": {
            "type": "number",
            "description": "Total, USD."
          },
          "llmPromptTokens": {
            "type": "number",
            "description": "LLM prompt tokens (count)."
          },
          "llmCompletionTokens": {
            "type": "number",
            "description": "LLM completion tokens (count)."
          },
          "llmCachedPromptTokens": {
            "type": "number",
            "description": "LLM cached prompt tokens (count)."
          },
          "ttsCharacters": {
            "type": "number",
            "description": "Characters synthesised (count)."
          },
          "analysisCostBreakdown": {
            "type": "object",
            "description": "Cost (USD) and tokens of the post-call analysis (`summary`, `structuredData`, `successEvaluation`, … and their `*Tokens`).",
            "additionalProperties": true,
            "properties": {
              "summary": {
                "type": "number",
                "description": "This is the cost to summarize the call."
              },
              "summaryPromptTokens": {
                "type": "number",
                "description": "This is the number of prompt tokens used to summarize the call."
              },
              "summaryCompletionTokens": {
                "type": "number",
                "description": "This is the number of completion tokens used to summarize the call."
              },
              "summaryCachedPromptTokens": {
                "type": "number",
                "description": "This is the number of cached prompt tokens used to summarize the call."
              },
              "structuredData": {
                "type": "number",
                "description": "This is the cost to extract structured data from the call."
              },
              "structuredDataPromptTokens": {
                "type": "number",
                "description": "This is the number of prompt tokens used to extract structured data from the call."
              },
              "structuredDataCompletionTokens": {
                "type": "number",
                "description": "This is the number of completion tokens used to extract structured data from the call."
              },
              "structuredDataCachedPromptTokens": {
                "type": "number",
                "description": "This is the number of cached prompt tokens used to extract structured data from the call."
              },
              "successEvaluation": {
                "type": "number",
                "description": "This is the cost to evaluate if the call was successful."
              },
              "successEvaluationPromptTokens": {
                "type": "number",
                "description": "This is the number of prompt tokens used to evaluate if the call was successful."
              },
              "successEvaluationCompletionTokens": {
                "type": "number",
                "description": "This is the number of completion tokens used to evaluate if the call was successful."
              },
              "successEvaluationCachedPromptTokens": {
                "type": "number",
                "description": "This is the number of cached prompt tokens used to evaluate if the call was successful."
              },
              "structuredOutput": {
                "type": "number",
                "description": "This is the cost to evaluate structuredOutputs from the call."
              },
              "structuredOutputPromptTokens": {
                "type": "number",
                "description": "This is the number of prompt tokens used to evaluate structuredOutputs from the call."
              },
              "structuredOutputCompletionTokens": {
                "type": "number",
                "description": "This is the number of completion tokens used to evaluate structuredOutputs from the call."
              },
              "structuredOutputCachedPromptTokens": {
                "type": "number",
                "description": "This is the number of cached prompt tokens used to evaluate structuredOutputs from the call."
              }
            }
          }
        }
      },
      "CostItem": {
        "type": "object",
        "description": "One component's cost: `type` is `transport`, `transcriber`, `model`, `voice`, `vapi`,\n`voicemail-detection`, `analysis` or `knowledge-base`; `cost` in **USD**; usage in `minutes`,\n`promptTokens`/`completionTokens` or `characters` depending on the type.\n",
        "additionalProperties": true,
        "required": [
          "type",
          "cost"
        ],
        "properties": {
          "type": {
            "type": "string"
          },
          "cost": {
            "type": "number",
            "description": "USD."
          },
          "minutes": {
            "type": "number",
            "description": "Minutes of usage (transport, transcriber, vapi)."
          },
          "promptTokens": {
            "type": "number"
          },
          "completionTokens": {
            "type": "number"
          },
          "characters": {
            "type": "number"
          },
          "provider": {
            "type": "string",
            "enum": [
              "daily",
              "vapi.websocket",
              "twilio",
              "vonage",
              "telnyx",
              "vapi.sip"
            ]
          },
          "transcriber": {
            "description": "This is the transcriber that was used during the call."
          },
          "model": {
            "description": "This is the model that was used during the call."
          },
          "cachedPromptTokens": {
            "type": "number",
            "description": "This is the number of cached prompt tokens used in the call. This is only applicable to certain providers (e.g., OpenAI, Azure OpenAI) that support prompt caching. Cached tokens are billed at a discounted rate."
          },
          "reasoningTokens": {
            "type": "number",
            "description": "This is the number of reasoning tokens generated in the call. This is only applicable to reasoning models (e.g., OpenAI o-series, GPT-5) on providers that report them."
          },
          "voice": {
            "description": "This is the voice that was used during the call."
          },
          "subType": {
            "type": "string",
            "description": "This is the sub type of the cost.",
            "enum": [
              "normal",
              "overage"
            ]
          },
          "promptTextTokens": {
            "type": "number",
            "description": "This is the number of prompt text tokens used in the voicemail detection."
          },
          "promptAudioTokens": {
            "type": "number",
            "description": "This is the number of prompt audio tokens used in the voicemail detection."
          },
          "completionTextTokens": {
            "type": "number",
            "description": "This is the number of completion text tokens used in the voicemail detection."
          },
          "completionAudioTokens": {
            "type": "number",
            "description": "This is the number of completion audio tokens used in the voicemail detection."
          },
          "analysisType": {
            "type": "string",
            "description": "This is the type of analysis performed.",
            "enum": [
              "summary",
              "structuredData",
              "successEvaluation",
              "structuredOutput"
            ]
          },
          "structuredOutputBreakdown": {
            "type": "array",
            "description": "This is the per-structured-output breakdown of this cost. The `cost`, `promptTokens`, `completionTokens` and `cachedPromptTokens` above are the sums of these rows.",
            "items": {
              "type": "object",
              "additionalProperties": true,
              "properties": {
                "structuredOutputId": {
                  "type": "string",
                  "description": "This is the unique identifier of the structured output that produced this cost."
                },
                "name": {
                  "type": "string",
                  "description": "This is the name of the structured output, so this breakdown is readable without looking the id up."
                },
                "cost": {
                  "type": "number",
                  "description": "This is the cost in USD of evaluating this structured output."
                },
                "promptTokens": {
                  "type": "number",
                  "description": "This is the number of prompt tokens used to evaluate this structured output."
                },
                "completionTokens": {
                  "type": "number",
                  "description": "This is the number of completion tokens generated for this structured output."
                },
                "cachedPromptTokens": {
                  "type": "number",
                  "description": "This is the number of cached prompt tokens used to evaluate this structured output. This is a subset of `promptTokens`, not an addition to it."
                }
              }
            }
          }
        }
      },
      "Message": {
        "type": "object",
        "description": "One conversation message. `role` is `system`, `bot` (the assistant), `user`, `tool_calls` or\n`tool_call_result` in recorded calls (the guide https://docs.vapi.ai/server-url/events also shows\n`assistant`). `secondsFromStart`: **seconds** from the call start. `time`/`endTime`: \"timestamps\" per\nthe reference, epoch **ms** in the example of https://docs.vapi.ai/ivr-navigation. `duration`: \"seconds\"\nper the reference, ms-sized in payloads seen (UNCONFIRMED). The reference requires `role`, `message`,\n`time`, `secondsFromStart`; the guide's examples omit the timings, so only `role` is required here.\n",
        "additionalProperties": true,
        "required": [
          "role"
        ],
        "properties": {
          "role": {
            "type": "string"
          },
          "message": {
            "type": "string",
            "description": "What was said (empty for a tool-call message)."
          },
          "time": {
            "type": "number",
            "description": "When the message started (epoch ms in the docs' example)."
          },
          "endTime": {
            "type": "number",
            "description": "When the message ended (epoch ms, as `time`)."
          },
          "secondsFromStart": {
            "type": "number",
            "description": "Start of the message, seconds from the start of the call."
          },
          "duration": {
            "type": "number",
            "description": "Length of the message (unit UNCONFIRMED, see above)."
          },
          "source": {
            "type": "string"
          },
          "toolCalls": {
            "type": "array",
            "description": "The tool calls of a `tool_calls` message.",
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          },
          "toolCallId": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "result": {
            "type": "string",
            "description": "A tool's result, JSON as a string."
          },
          "isFiltered": {
            "type": "boolean",
            "description": "Indicates if the message was filtered for security reasons."
          },
          "detectedThreats": {
            "type": "array",
            "description": "List of detected security threats if the message was filtered.",
            "items": {
              "type": "string"
            }
          },
          "originalMessage": {
            "type": "string",
            "description": "The original message before filtering (only included if content was filtered)."
          },
          "metadata": {
            "description": "The metadata associated with the message. Currently used to store the transcriber's word level confidence."
          },
          "speakerLabel": {
            "type": "string",
            "description": "Stable speaker label for diarized user speakers (e.g., \"Speaker 1\")."
          },
          "assistantName": {
            "type": "string",
            "description": "The name of the assistant that produced this message. In a squad or handoff call this is the specific sub-agent active when the message was spoken, letting the transcript label each message by speaker."
          },
          "assistantId": {
            "type": "string",
            "description": "The ID of the assistant that produced this message. Stable reference for the assistant named in `assistantName`."
          },
          "warnings": {
            "type": "array",
            "description": "Warnings raised for this tool call result, e.g. when the response is larger than recommended for voice AI context windows.",
            "items": {
              "type": "object",
              "additionalProperties": true,
              "properties": {
                "type": {
                  "type": "string",
                  "description": "The kind of warning. Currently: - `oversized-tool-response`: the tool's serialized response exceeded the recommended size and is likely to bloat the model context, increasing latency and risking truncation of earlier instructions.",
                  "enum": [
                    "oversized-tool-response"
                  ]
                },
                "tokenCount": {
                  "type": "number",
                  "description": "The estimated number of tokens in the serialized tool response."
                },
                "threshold": {
                  "type": "number",
                  "description": "The threshold (in tokens) above which the warning is raised."
                }
              }
            }
          }
        }
      },
      "Recording": {
        "type": "object",
        "description": "The call's recording URLs.",
        "additionalProperties": true,
        "properties": {
          "stereoUrl": {
            "type": "string"
          },
          "videoUrl": {
            "type": "string"
          },
          "mono": {
            "type": "object",
            "additionalProperties": true,
            "properties": {
              "combinedUrl": {
                "type": "string"
              },
              "assistantUrl": {
                "type": "string"
              },
              "customerUrl": {
                "type": "string"
              }
            }
          },
          "videoRecordingStartDelaySeconds": {
            "type": "number",
            "description": "This is video recording start delay in ms. To enable, set `assistant.artifactPlan.videoRecordingEnabled`. This can be used to align the playback of the recording with artifact.messages timestamps."
          }
        }
      },
      "PerformanceMetrics": {
        "type": "object",
        "description": "Latencies per turn and their averages. The reference gives **ms** only for\n`fromTransportLatencyAverage`/`toTransportLatencyAverage`; the others are ms-sized (UNCONFIRMED).\n",
        "additionalProperties": true,
        "properties": {
          "turnLatencies": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": true,
              "properties": {
                "modelLatency": {
                  "type": "number",
                  "description": "Time to the model's first token, ms."
                },
                "voiceLatency": {
                  "type": "number",
                  "description": "Text-to-speech latency, ms."
                },
                "transcriberLatency": {
                  "type": "number",
                  "description": "Transcriber latency, ms."
                },
                "endpointingLatency": {
                  "type": "number",
                  "description": "Endpointing latency, ms."
                },
                "turnLatency": {
                  "type": "number",
                  "description": "Latency of the whole turn, ms."
                }
              }
            }
          },
          "modelLatencyAverage": {
            "type": "number"
          },
          "voiceLatencyAverage": {
            "type": "number"
          },
          "transcriberLatencyAverage": {
            "type": "number"
          },
          "endpointingLatencyAverage": {
            "type": "number"
          },
          "turnLatencyAverage": {
            "type": "number"
          },
          "fromTransportLatencyAverage": {
            "type": "number",
            "description": "ms."
          },
          "toTransportLatencyAverage": {
            "type": "number",
            "description": "ms."
          },
          "numUserInterrupted": {
            "type": "number",
            "description": "Times the assistant interrupted the user."
          },
          "numAssistantInterrupted": {
            "type": "number",
            "description": "Times the user interrupted the assistant."
          }
        }
      },
      "Artifact": {
        "type": "object",
        "description": "What the call produced (configure in `assistant.artifactPlan`).",
        "additionalProperties": true,
        "properties": {
          "messages": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Message"
            }
          },
          "transcript": {
            "type": "string",
            "description": "The transcript as text (`AI: …` / `User: …` lines), derived from `messages`."
          },
          "recordingUrl": {
            "type": "string",
            "description": "The mono recording."
          },
          "stereoRecordingUrl": {
            "type": "string"
          },
          "videoRecordingUrl": {
            "type": "string"
          },
          "recording": {
            "$ref": "#/components/schemas/Recording"
          },
          "logUrl": {
            "type": "string"
          },
          "pcapUrl": {
            "type": "string"
          },
          "presignedMonoUrl": {
            "type": "string",
            "description": "The mono recording, downloadable without auth until `presignedUrlsExpiresAt`."
          },
          "presignedStereoUrl": {
            "type": "string"
          },
          "presignedUrlsExpiresAt": {
            "type": "string",
            "description": "ISO 8601."
          },
          "performanceMetrics": {
            "$ref": "#/components/schemas/PerformanceMetrics"
          },
          "structuredOutputs": {
            "type": "object",
            "additionalProperties": true
          },
          "scorecards": {
            "type": "object",
            "additionalProperties": true
          },
          "variableValues": {
            "type": "object",
            "additionalProperties": true
          },
          "messagesOpenAIFormatted": {
            "type": "array",
            "description": "These are the messages that were spoken during the call, formatted for OpenAI.",
            "items": {
              "type": "object",
              "additionalProperties": true,
              "properties": {
                "content": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "role": {
                  "type": "string",
                  "enum": [
                    "assistant",
                    "function",
                    "user",
                    "system",
                    "tool"
                  ]
                }
              }
            }
          },
          "skippedStructuredOutputs": {
            "description": "Structured outputs skipped because their conditions were not met, keyed by saved or runtime output ID."
          },
          "transfers": {
            "type": "array",
            "description": "These are the transfer records for the call's transfer attempts (warm and blind), including destination, mode, and status. Warm transfer records also include transcripts and messages.",
            "items": {
              "type": "object",
              "additionalProperties": true,
              "properties": {
                "destination": {
                  "type": "object",
                  "description": "The transfer destination (phone number or SIP URI).",
                  "additionalProperties": true,
                  "properties": {
                    "message": {
                      "type": "object",
                      "description": "This is spoken to the customer before connecting them to the destination.",
                      "additionalProperties": true
                    },
                    "type": {
                      "type": "string",
                      "enum": [
                        "number"
                      ]
                    },
                    "numberE164CheckEnabled": {
                      "type": "boolean",
                      "description": "This is the flag to toggle the E164 check for the `number` field. This is an advanced property which should be used if you know your use case requires it."
                    },
                    "number": {
                      "type": "string",
                      "description": "This is the phone number to transfer the call to."
                    },
                    "extension": {
                      "type": "string",
                      "description": "This is the extension to dial after transferring the call to the `number`."
                    },
                    "callerId": {
                      "type": "string",
                      "description": "This is the caller ID to use when transferring the call to the `number`."
                    },
                    "transferPlan": {
                      "type": "object",
                      "description": "This configures how transfer is executed and the experience of the destination party receiving the call. Defaults to `blind-transfer`.",
                      "additionalProperties": true
                    },
                    "description": {
                      "type": "string",
                      "description": "This is the description of the destination, used by the AI to choose when and how to transfer the call."
                    },
                    "sipUri": {
                      "type": "string",
                      "description": "This is the SIP URI to transfer the call to."
                    },
                    "sipHeaders": {
                      "description": "These are custom headers to be added to SIP refer during transfer call."
                    },
                    "name": {
                      "type": "string",
                      "description": "The name of the transfer destination, for your own reference."
                    }
                  }
                },
                "mode": {
                  "type": "string",
                  "description": "The transfer mode (e.g. warm-transfer-experimental, blind-transfer).",
                  "enum": [
                    "blind-transfer",
                    "blind-transfer-add-summary-to-sip-header",
                    "warm-transfer-say-message",
                    "warm-transfer-say-summary",
                    "warm-transfer-twiml",
                    "warm-transfer-wait-for-operator-to-speak-first-and-then-say-message",
                    "warm-transfer-wait-for-operator-to-speak-first-and-then-say-summary",
                    "warm-transfer-experimental"
                  ]
                },
                "transcript": {
                  "type": "string",
                  "description": "Flat-text transcript / announcement preview of the transfer."
                },
                "status": {
                  "type": "string",
                  "description": "The terminal status of the transfer, rendered as the status line.",
                  "enum": [
                    "connected",
                    "no-answer",
                    "busy",
                    "voicemail",
                    "failed",
                    "completed",
                    "cancelled"
                  ]
                },
                "messages": {
                  "type": "array",
                  "description": "The agent↔operator conversation captured during a warm-transfer-experimental, rendered as bubbles.",
                  "items": {
                    "type": "object",
                    "additionalProperties": true,
                    "properties": {
                      "role": {
                        "type": "string",
                        "description": "The role of the user in the conversation."
                      },
                      "message": {
                        "type": "string",
                        "description": "The message content from the user."
                      },
                      "time": {
                        "type": "number",
                        "description": "The timestamp when the message was sent."
                      },
                      "endTime": {
                        "type": "number",
                        "description": "The timestamp when the message ended."
                      },
                      "secondsFromStart": {
                        "type": "number",
                        "description": "The number of seconds from the start of the conversation."
                      },
                      "duration": {
                        "type": "number",
                        "description": "The duration of the message in seconds."
                      },
                      "isFiltered": {
                        "type": "boolean",
                        "description": "Indicates if the message was filtered for security reasons."
                      },
                      "detectedThreats": {
                        "type": "array",
                        "description": "List of detected security threats if the message was filtered.",
                        "items": {
                          "type": "string"
                        }
                      },
                      "originalMessage": {
                        "type": "string",
                        "description": "The original message before filtering (only included if content was filtered)."
                      },
                      "metadata": {
                        "description": "The metadata associated with the message. Currently used to store the transcriber's word level confidence."
                      },
                      "speakerLabel": {
                        "type": "string",
                        "description": "Stable speaker label for diarized user speakers (e.g., \"Speaker 1\")."
                      },
                      "source": {
                        "type": "string",
                        "description": "The source of the message."
                      },
                      "assistantName": {
                        "type": "string",
                        "description": "The name of the assistant that produced this message. In a squad or handoff call this is the specific sub-agent active when the message was spoken, letting the transcript label each message by speaker."
                      },
                      "assistantId": {
                        "type": "string",
                        "description": "The ID of the assistant that produced this message. Stable reference for the assistant named in `assistantName`."
                      },
                      "toolCalls": {
                        "type": "array",
                        "description": "The list of tool calls made during the conversation.",
                        "items": {}
                      },
                      "toolCallId": {
                        "type": "string",
                        "description": "The ID of the tool call."
                      },
                      "name": {
                        "type": "string",
                        "description": "The name of the tool that returned the result."
                      },
                      "result": {
                        "type": "string",
                        "description": "The result of the tool call in JSON format."
                      },
                      "warnings": {
                        "type": "array",
                        "description": "Warnings raised for this tool call result, e.g. when the response is larger than recommended for voice AI context windows.",
                        "items": {
                          "type": "object",
                          "additionalProperties": true
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "videoRecordingStartDelaySeconds": {
            "type": "number",
            "description": "This is video recording start delay in ms. To enable, set `assistant.artifactPlan.videoRecordingEnabled`. This can be used to align the playback of the recording with artifact.messages timestamps."
          },
          "nodes": {
            "type": "array",
            "description": "This is the history of workflow nodes that were executed during the call.",
            "items": {
              "type": "object",
              "additionalProperties": true,
              "properties": {
                "messages": {
                  "type": "array",
                  "description": "These are the messages that were spoken during the node.",
                  "items": {
                    "type": "object",
                    "additionalProperties": true,
                    "properties": {
                      "role": {
                        "type": "string",
                        "description": "The role of the user in the conversation."
                      },
                      "message": {
                        "type": "string",
                        "description": "The message content from the user."
                      },
                      "time": {
                        "type": "number",
                        "description": "The timestamp when the message was sent."
                      },
                      "endTime": {
                        "type": "number",
                        "description": "The timestamp when the message ended."
                      },
                      "secondsFromStart": {
                        "type": "number",
                        "description": "The number of seconds from the start of the conversation."
                      },
                      "duration": {
                        "type": "number",
                        "description": "The duration of the message in seconds."
                      },
                      "isFiltered": {
                        "type": "boolean",
                        "description": "Indicates if the message was filtered for security reasons."
                      },
                      "detectedThreats": {
                        "type": "array",
                        "description": "List of detected security threats if the message was filtered.",
                        "items": {
                          "type": "string"
                        }
                      },
                      "originalMessage": {
                        "type": "string",
                        "description": "The original message before filtering (only included if content was filtered)."
                      },
                      "metadata": {
                        "description": "The metadata associated with the message. Currently used to store the transcriber's word level confidence."
                      },
                      "speakerLabel": {
                        "type": "string",
                        "description": "Stable speaker label for diarized user speakers (e.g., \"Speaker 1\")."
                      },
                      "source": {
                        "type": "string",
                        "description": "The source of the message."
                      },
                      "assistantName": {
                        "type": "string",
                        "description": "The name of the assistant that produced this message. In a squad or handoff call this is the specific sub-agent active when the message was spoken, letting the transcript label each message by speaker."
                      },
                      "assistantId": {
                        "type": "string",
                        "description": "The ID of the assistant that produced this message. Stable reference for the assistant named in `assistantName`."
                      },
                      "toolCalls": {
                        "type": "array",
                        "description": "The list of tool calls made during the conversation.",
                        "items": {}
                      },
                      "toolCallId": {
                        "type": "string",
                        "description": "The ID of the tool call."
                      },
                      "name": {
                        "type": "string",
                        "description": "The name of the tool that returned the result."
                      },
                      "result": {
                        "type": "string",
                        "description": "The result of the tool call in JSON format."
                      },
                      "warnings": {
                        "type": "array",
                        "description": "Warnings raised for this tool call result, e.g. when the response is larger than recommended for voice AI context windows.",
                        "items": {
                          "type": "object",
                          "additionalProperties": true
                        }
                      }
                    }
                  }
                },
                "nodeName": {
                  "type": "string",
                  "description": "This is the node name."
                },
                "variableValues": {
                  "description": "These are the variable values that were extracted from the node."
                }
              }
            }
          },
          "assistantActivations": {
            "type": "array",
            "description": "Ordered list of assistants that were active during the call, including after transfers and handoffs.",
            "items": {
              "type": "object",
              "additionalProperties": true,
              "properties": {
                "assistantVersion": {
                  "type": [
                    "string",
                    "null"
                  ],
                  "description": "This is the version label (e.g. `v3`) of the assistant active when the activation row was recorded. `null` for inline assistants, orgs not on assistant versioning, and parent assistants that have not yet been published under it."
                },
                "assistantName": {
                  "type": "string",
                  "description": "This is the name of the assistant that was active during the call."
                },
                "assistantId": {
                  "type": "string",
                  "description": "This is the ID of the assistant that was active during the call."
                }
              }
            }
          },
          "structuredOutputsLastUpdatedAt": {
            "type": "string",
            "description": "This is when the structured outputs were last updated",
            "format": "date-time"
          },
          "presignedVideoUrl": {
            "type": "string",
            "description": "This is a presigned URL to download the video recording without authentication. Expires at `presignedUrlsExpiresAt` — after that, use `GET /call/{id}/video-recording`."
          },
          "presignedAssistantUrl": {
            "type": "string",
            "description": "This is a presigned URL to download the assistant-channel mono recording without authentication. Expires at `presignedUrlsExpiresAt`."
          },
          "presignedCustomerUrl": {
            "type": "string",
            "description": "This is a presigned URL to download the customer-channel mono recording without authentication. Expires at `presignedUrlsExpiresAt`."
          },
          "presignedPcapUrl": {
            "type": "string",
            "description": "This is a presigned URL to download the packet capture without authentication. Expires at `presignedUrlsExpiresAt`."
          },
          "presignedLogUrl": {
            "type": "string",
            "description": "This is a presigned URL to download the call logs without authentication. Expires at `presignedUrlsExpiresAt`."
          }
        }
      },
      "Analysis": {
        "type": "object",
        "description": "Post-call analysis (configure in `assistant.analysisPlan`). No sentiment field.",
        "additionalProperties": true,
        "properties": {
          "summary": {
            "type": "string"
          },
          "structuredData": {
            "type": "object",
            "description": "Data extracted per `analysisPlan.structuredDataSchema`. Free-form.",
            "additionalProperties": true
          },
          "structuredDataMulti": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          },
          "successEvaluation": {
            "type": "string",
            "description": "The evaluation as a string, per the rubric (`\"true\"`/`\"false\"`, a number, a grade…)."
          }
        }
      },
      "Compliance": {
        "type": "object",
        "description": "Compliance results (e.g. `recordingConsent {type, grantedAt}`).",
        "additionalProperties": true,
        "properties": {
          "recordingConsent": {
            "type": "object",
            "description": "This is the recording consent of the call. Configure in `assistant.compliancePlan.recordingConsentPlan`.",
            "additionalProperties": true,
            "properties": {
              "type": {
                "type": "string",
                "description": "This is the type of recording consent.",
                "enum": [
                  "stay-on-line",
                  "verbal"
                ]
              },
              "grantedAt": {
                "type": "string",
                "description": "This is the date and time the recording consent was granted. If not specified, it means the recording consent was not granted.",
                "format": "date-time"
              }
            }
          }
        }
      },
      "ListCallsResponse": {
        "type": "array",
        "description": "A bare array of calls; no cursor, no total.",
        "items": {
          "$ref": "#/components/schemas/Call"
        }
      },
      "EndOfCallReportMessage": {
        "type": "object",
        "description": "The `message` of an end-of-call report (https://docs.vapi.ai/server-url/events).",
        "additionalProperties": true,
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "end-of-call-report"
            ]
          },
          "timestamp": {
            "type": "number",
            "description": "When the message was sent (epoch ms assumed; unit not documented)."
          },
          "endedReason": {
            "$ref": "#/components/schemas/EndedReason"
          },
          "startedAt": {
            "type": "string",
            "format": "date-time"
          },
          "endedAt": {
            "type": "string",
            "format": "date-time"
          },
          "cost": {
            "type": "number",
            "description": "USD."
          },
          "costs": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CostItem"
            }
          },
          "artifact": {
            "$ref": "#/components/schemas/Artifact"
          },
          "analysis": {
            "$ref": "#/components/schemas/Analysis"
          },
          "compliance": {
            "$ref": "#/components/schemas/Compliance"
          },
          "call": {
            "$ref": "#/components/schemas/WebhookCall"
          },
          "customer": {
            "$ref": "#/components/schemas/Customer"
          },
          "phoneNumber": {
            "$ref": "#/components/schemas/PhoneNumber"
          },
          "assistant": {
            "type": "object",
            "additionalProperties": true
          },
          "assistantVersion": {
            "type": [
              "string",
              "null"
            ],
            "description": "This is the version label (e.g. `v3`) of the assistant the call was configured with. `null` for inline assistants, squad/workflow calls, pre-resolution assistant-request messages, and orgs not on assistant versioning."
          },
          "destination": {
            "type": "object",
            "description": "This is the destination the call was transferred to, if the call was forwarded. This can also be found at `call.destination` on GET /call/:id.",
            "additionalProperties": true
          },
          "chat": {
            "type": "object",
            "description": "This is the chat object.",
            "additionalProperties": true
          }
        }
      },
      "StatusUpdateMessage": {
        "type": "object",
        "description": "The `message` of a status update (https://docs.vapi.ai/server-url/events).",
        "additionalProperties": true,
        "required": [
          "type",
          "status"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "status-update"
            ]
          },
          "status": {
            "$ref": "#/components/schemas/CallStatus"
          },
          "endedReason": {
            "$ref": "#/components/schemas/EndedReason"
          },
          "timestamp": {
            "type": "number",
            "description": "When the message was sent (epoch ms assumed; unit not documented)."
          },
          "call": {
            "$ref": "#/components/schemas/WebhookCall"
          },
          "customer": {
            "$ref": "#/components/schemas/Customer"
          },
          "phoneNumber": {
            "$ref": "#/components/schemas/PhoneNumber"
          },
          "assistantVersion": {
            "type": [
              "string",
              "null"
            ],
            "description": "This is the version label (e.g. `v3`) of the assistant the call was configured with. `null` for inline assistants, squad/workflow calls, pre-resolution assistant-request messages, and orgs not on assistant versioning."
          },
          "messages": {
            "type": "array",
            "description": "These are the conversation messages of the call. This is only sent if the status is \"forwarding\".",
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          },
          "messagesOpenAIFormatted": {
            "type": "array",
            "description": "These are the conversation messages of the call. This is only sent if the status is \"forwarding\".",
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          },
          "destination": {
            "type": "object",
            "description": "This is the destination the call is being transferred to. This is only sent if the status is \"forwarding\".",
            "additionalProperties": true
          },
          "artifact": {
            "type": "object",
            "description": "This is a live version of the `call.artifact`.",
            "additionalProperties": true
          },
          "assistant": {
            "type": "object",
            "description": "This is the assistant that the message is associated with. A configuration subtree: an open object here (its full schema is in Vapi's reference, https://docs.vapi.ai/api-reference).",
            "additionalProperties": true
          },
          "chat": {
            "type": "object",
            "description": "This is the chat object.",
            "additionalProperties": true
          },
          "transcript": {
            "type": "string",
            "description": "This is the transcript of the call. This is only sent if the status is \"forwarding\"."
          },
          "summary": {
            "type": "string",
            "description": "This is the summary of the call. This is only sent if the status is \"forwarding\"."
          },
          "inboundPhoneCallDebuggingArtifacts": {
            "description": "This is the inbound phone call debugging artifacts. This is only sent if the status is \"ended\" and there was an error accepting the inbound phone call."
          }
        }
      },
      "WebhookCall": {
        "description": "The call a message is about. The guides' examples show `{}` as a placeholder, so no field is required.",
        "allOf": [
          {
            "$ref": "#/components/schemas/CallFields"
          }
        ]
      },
      "CallFields": {
        "type": "object",
        "description": "The fields of a `Call`, none required.",
        "additionalProperties": true,
        "properties": {
          "id": {
            "type": "string"
          },
          "status": {
            "$ref": "#/components/schemas/CallStatus"
          },
          "endedReason": {
            "$ref": "#/components/schemas/EndedReason"
          }
        }
      },
      "EndOfCallReportWebhook": {
        "type": "object",
        "description": "Body of the end-of-call-report POST.",
        "additionalProperties": true,
        "required": [
          "message"
        ],
        "properties": {
          "message": {
            "$ref": "#/components/schemas/EndOfCallReportMessage"
          }
        }
      },
      "StatusUpdateWebhook": {
        "type": "object",
        "description": "Body of the status-update POST.",
        "additionalProperties": true,
        "required": [
          "message"
        ],
        "properties": {
          "message": {
            "$ref": "#/components/schemas/StatusUpdateMessage"
          }
        }
      },
      "Error": {
        "type": "object",
        "description": "Vapi documents no error body. Modelled leniently on the NestJS shape its API answers with in practice:\n`{message, error, statusCode}`, where `message` may be a string or a list of validation messages.\n",
        "additionalProperties": true,
        "properties": {
          "message": {
            "oneOf": [
              {
                "type": "string"
              },
              {
                "type": "array",
                "items": {
                  "type": "string"
                }
              }
            ]
          },
          "error": {
            "type": "string",
            "description": "The HTTP reason phrase (e.g. `Not Found`)."
          },
          "statusCode": {
            "type": "integer",
            "description": "The HTTP status, repeated."
          }
        }
      },
      "CallPhoneNumber": {
        "type": "object",
        "description": "The transient phone number of a call (Vapi's `ImportTwilioPhoneNumberDTO`): an imported Twilio number, its digits in `twilioPhoneNumber`. A saved number is referenced by `phoneNumberId` instead. Webhook messages carry a different object, `PhoneNumber`, with `provider` and `number`. Source: https://docs.vapi.ai/api-reference/calls/get.",
        "additionalProperties": true,
        "properties": {
          "fallbackDestination": {
            "type": "object",
            "description": "This is the fallback destination an inbound call will be transferred to if: 1. `assistantId` is not set 2. `squadId` is not set 3. and, `assistant-request` message to the `serverUrl` fails",
            "additionalProperties": true,
            "properties": {
              "message": {
                "type": "object",
                "description": "This is spoken to the customer before connecting them to the destination.",
                "additionalProperties": true,
                "properties": {
                  "contents": {
                    "type": "array",
                    "description": "This is an alternative to the `content` property. It allows to specify variants of the same content, one per language.",
                    "items": {
                      "type": "object",
                      "additionalProperties": true
                    }
                  },
                  "type": {
                    "type": "string",
                    "description": "This is a custom message.",
                    "enum": [
                      "custom-message"
                    ]
                  },
                  "content": {
                    "type": "string",
                    "description": "This is the content that the assistant will say when this message is triggered."
                  }
                }
              },
              "type": {
                "type": "string",
                "enum": [
                  "number"
                ]
              },
              "numberE164CheckEnabled": {
                "type": "boolean",
                "description": "This is the flag to toggle the E164 check for the `number` field. This is an advanced property which should be used if you know your use case requires it."
              },
              "number": {
                "type": "string",
                "description": "This is the phone number to transfer the call to."
              },
              "extension": {
                "type": "string",
                "description": "This is the extension to dial after transferring the call to the `number`."
              },
              "callerId": {
                "type": "string",
                "description": "This is the caller ID to use when transferring the call to the `number`."
              },
              "transferPlan": {
                "type": "object",
                "description": "This configures how transfer is executed and the experience of the destination party receiving the call. Defaults to `blind-transfer`.",
                "additionalProperties": true,
                "properties": {
                  "mode": {
                    "type": "string",
                    "description": "This configures how transfer is executed and the experience of the destination party receiving the call.",
                    "enum": [
                      "blind-transfer",
                      "blind-transfer-add-summary-to-sip-header",
                      "warm-transfer-say-message",
                      "warm-transfer-say-summary",
                      "warm-transfer-twiml",
                      "warm-transfer-wait-for-operator-to-speak-first-and-then-say-message",
                      "warm-transfer-wait-for-operator-to-speak-first-and-then-say-summary",
                      "warm-transfer-experimental"
                    ]
                  },
                  "message": {
                    "type": "object",
                    "description": "This is the message the assistant will deliver to the destination party before connecting the customer.",
                    "additionalProperties": true
                  },
                  "timeout": {
                    "type": "number",
                    "description": "This is the timeout in seconds for the warm-transfer-wait-for-operator-to-speak-first-and-then-say-message/summary"
                  },
                  "sipVerb": {
                    "description": "This specifies the SIP verb to use while transferring the call. - 'refer': Uses SIP REFER to transfer the call (default) - 'bye': Ends current call with SIP BYE - 'dial': Uses SIP DIAL to transfer the call"
                  },
                  "dialTimeout": {
                    "type": "number",
                    "description": "This sets the timeout for the dial operation in seconds. This is the duration the call will ring before timing out."
                  },
                  "holdAudioUrl": {
                    "type": "string",
                    "description": "This is the URL to an audio file played while the customer is on hold during transfer."
                  },
                  "transferCompleteAudioUrl": {
                    "type": "string",
                    "description": "This is the URL to an audio file played after the warm transfer message or summary is delivered to the destination party. It can be used to play a custom sound like 'beep' to notify that the transfer is complete."
                  },
                  "contextEngineeringPlan": {
                    "type": "object",
                    "description": "This is the plan for manipulating the message context before initiating the warm transfer. Usage: - Used only when `mode` is `warm-transfer-experimental`. - These messages will automatically be added to the transferAssistant's system message. - If 'none', we will not add any transcript to the tra…",
                    "additionalProperties": true
                  },
                  "twiml": {
                    "type": "string",
                    "description": "This is the TwiML instructions to execute on the destination call leg before connecting the customer."
                  },
                  "summaryPlan": {
                    "type": "object",
                    "description": "This is the plan for generating a summary of the call to present to the destination party.",
                    "additionalProperties": true
                  },
                  "sipHeadersInReferToEnabled": {
                    "type": "boolean",
                    "description": "This flag includes the sipHeaders from above in the refer to sip uri as url encoded query params."
                  },
                  "fallbackPlan": {
                    "type": "object",
                    "description": "This configures the fallback plan when the transfer fails (destination unreachable, busy, or not human).",
                    "additionalProperties": true
                  }
                }
              },
              "description": {
                "type": "string",
                "description": "This is the description of the destination, used by the AI to choose when and how to transfer the call."
              },
              "sipUri": {
                "type": "string",
                "description": "This is the SIP URI to transfer the call to."
              },
              "sipHeaders": {
                "description": "These are custom headers to be added to SIP refer during transfer call."
              },
              "name": {
                "type": "string",
                "description": "The name of the transfer destination, for your own reference."
              }
            }
          },
          "hooks": {
            "type": "array",
            "description": "This is the hooks that will be used for incoming calls to this phone number.",
            "items": {
              "type": "object",
              "additionalProperties": true,
              "properties": {
                "on": {
                  "type": "string",
                  "description": "This is the event to trigger the hook on",
                  "enum": [
                    "call.ringing"
                  ]
                },
                "filters": {
                  "type": "array",
                  "description": "Optional filters to decide when to trigger the hook. Currently supports filtering by caller country code.",
                  "items": {
                    "type": "object",
                    "additionalProperties": true,
                    "properties": {
                      "type": {
                        "type": "string",
                        "description": "This is the type of filter - matches when the specified field starts with any of the given prefixes",
                        "enum": [
                          "startsWith"
                        ]
                      },
                      "key": {
                        "type": "string",
                        "description": "The field to check. Currently only \"number\" (the caller's phone number) is supported.",
                        "enum": [
                          "number"
                        ]
                      },
                      "startsWith": {
                        "type": "array",
                        "description": "Array of prefixes to match. Do not include the + prefix. Inbound calls from numbers starting with any of these prefixes will trigger the hook actions.",
                        "items": {
                          "type": "string"
                        }
                      },
                      "oneOf": {
                        "type": "array",
                        "description": "The values the field may match (the caller's country codes, in Vapi's SDK).",
                        "items": {
                          "type": "string"
                        }
                      }
                    }
                  }
                },
                "do": {
                  "type": "array",
                  "description": "Only the first action will be executed. Additional actions will be ignored.",
                  "items": {
                    "type": "object",
                    "additionalProperties": true,
                    "properties": {
                      "type": {
                        "type": "string",
                        "description": "This is the type of action - must be \"transfer\"",
                        "enum": [
                          "transfer"
                        ]
                      },
                      "destination": {
                        "type": "object",
                        "description": "This is the destination details for the transfer - can be a phone number or SIP URI",
                        "additionalProperties": true
                      },
                      "exact": {
                        "type": "string",
                        "description": "This is the message to say"
                      }
                    }
                  }
                }
              }
            }
          },
          "smsEnabled": {
            "type": "boolean",
            "description": "Controls whether Vapi sets the messaging webhook URL on the Twilio number during import."
          },
          "twilioPhoneNumber": {
            "type": "string",
            "description": "These are the digits of the phone number you own on your Twilio."
          },
          "twilioAccountSid": {
            "type": "string",
            "description": "This is your Twilio Account SID that will be used to handle this phone number."
          },
          "twilioAuthToken": {
            "type": "string",
            "description": "This is the Twilio Auth Token that will be used to handle this phone number."
          },
          "twilioApiKey": {
            "type": "string",
            "description": "This is the Twilio API Key that will be used to handle this phone number. If AuthToken is provided, this will be ignored."
          },
          "twilioApiSecret": {
            "type": "string",
            "description": "This is the Twilio API Secret that will be used to handle this phone number. If AuthToken is provided, this will be ignored."
          },
          "name": {
            "type": "string",
            "description": "This is the name of the phone number. This is just for your own reference."
          },
          "assistantId": {
            "type": "string",
            "description": "This is the assistant that will be used for incoming calls to this phone number."
          },
          "workflowId": {
            "type": "string",
            "description": "This is the workflow that will be used for incoming calls to this phone number."
          },
          "squadId": {
            "type": "string",
            "description": "This is the squad that will be used for incoming calls to this phone number."
          },
          "server": {
            "type": "object",
            "description": "This is where Vapi will send webhooks. You can find all webhooks available along with their shape in ServerMessage schema.",
            "additionalProperties": true,
            "properties": {
              "timeoutSeconds": {
                "type": "number",
                "description": "This is the timeout in seconds for the request. Defaults to 20 seconds."
              },
              "credentialId": {
                "type": "string",
                "description": "The credential ID for server authentication"
              },
              "staticIpAddressesEnabled": {
                "type": "boolean",
                "description": "If enabled, requests will originate from a static set of IPs owned and managed by Vapi."
              },
              "encryptedPaths": {
                "type": "array",
                "description": "This is the paths to encrypt in the request body if credentialId and encryptionPlan are defined.",
                "items": {
                  "type": "string"
                }
              },
              "url": {
                "type": "string",
                "description": "This is where the request will be sent."
              },
              "headers": {
                "description": "These are the headers to include in the request."
              },
              "backoffPlan": {
                "type": "object",
                "description": "This is the backoff plan if the request fails. Defaults to undefined (the request will not be retried).",
                "additionalProperties": true,
                "properties": {
                  "type": {
                    "description": "This is the type of backoff plan to use. Defaults to fixed."
                  },
                  "maxRetries": {
                    "type": "number",
                    "description": "This is the maximum number of retries to attempt if the request fails. Defaults to 0 (no retries)."
                  },
                  "baseDelaySeconds": {
                    "type": "number",
                    "description": "This is the base delay in seconds. For linear backoff, this is the delay between each retry. For exponential backoff, this is the initial delay."
                  },
                  "excludedStatusCodes": {
                    "type": "array",
                    "description": "This is the excluded status codes. If the response status code is in this list, the request will not be retried. By default, the request will be retried for any non-2xx status code.",
                    "items": {}
                  }
                }
              }
            }
          }
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "Invalid parameters (e.g. a malformed date-time filter). Body not documented.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "badRequest": {
                "value": {
                  "message": [
                    "createdAtGt must be a valid ISO 8601 date string"
                  ],
                  "error": "Bad Request",
                  "statusCode": 400
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Missing or invalid API key. Body not documented.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "unauthorized": {
                "value": {
                  "message": "Unauthorized",
                  "statusCode": 401
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "No call with this id. Body not documented.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "notFound": {
                "value": {
                  "message": "Not Found",
                  "error": "Not Found",
                  "statusCode": 404
                }
              }
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Rate limited. Vapi publishes no rate limits, no 429 body and no rate-limit headers.",
        "headers": {
          "Retry-After": {
            "description": "Seconds to wait before retrying, when sent (not documented).",
            "schema": {
              "type": "integer"
            }
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "tooManyRequests": {
                "value": {
                  "message": "Too Many Requests",
                  "statusCode": 429
                }
              }
            }
          }
        }
      },
      "InternalServerError": {
        "description": "Server error. Body not documented.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "internalError": {
                "value": {
                  "message": "Internal server error",
                  "statusCode": 500
                }
              }
            }
          }
        }
      }
    }
  }
};
export default spec;
