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
    "description": "Hand-written description of Vapi's call-record surface, trimmed from Vapi's API reference\n(https://docs.vapi.ai/api-reference/calls/get, https://docs.vapi.ai/api-reference/calls/list; the reference\nis generated from Vapi's OpenAPI document, `fern/apis/api/openapi.json` in https://github.com/VapiAI/docs)\nand the guides named on each field. Only the call record and the two post-call webhooks are described;\ncall creation, assistants, squads and the rest of Vapi's API are out of scope.\n\nUnits: every time is an ISO 8601 date-time string (`createdAt`, `updatedAt`, `startedAt`, `endedAt`);\nmoney is **USD** (`cost`, `costs[].cost`, `costBreakdown.*`); Vapi sends **no duration field** (the call\nlasts `endedAt − startedAt`). In `artifact.messages[]`, `secondsFromStart` is seconds from the start of\nthe call; `time`/`endTime` are called \"timestamps\" by the reference, and the guide\nhttps://docs.vapi.ai/ivr-navigation shows epoch **milliseconds** (`\"time\": 1760710106938`).\n\nNot documented by Vapi, so modelled leniently here (`additionalProperties: true`, few `required`):\n- the error body of any status (NestJS-style `{message, error, statusCode}` is modelled);\n- rate limits, and whether 429 carries `Retry-After`;\n- the order of `GET /call` results (newest first by `createdAt` is assumed by our client's pagination);\n- the unit of `artifact.messages[].duration` (the reference says seconds; payloads seen carry ms-sized\n  values), of `time`/`endTime` (epoch ms in the guide's example), of latencies other than the transport\n  averages (ms), and of the webhook `message.timestamp` (epoch ms assumed);\n- `endedReason` is modelled as a string, not Vapi's 627-value enum: Vapi adds values often, and its own\n  guides use values outside the enum (`hangup` at https://docs.vapi.ai/server-url/events,\n  `assistantEndedCall` at https://docs.vapi.ai/security-and-privacy/recording-consent-plan).\n- Vapi's reference marks `orgId`, `createdAt`, `updatedAt` required on a call, but its guides' example\n  responses omit them (https://docs.vapi.ai/calls/troubleshoot-call-forwarding-drops), so only `id` is\n  required here.\n",
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
        "description": "Why the call ended. Vapi's reference lists 627 values in families (https://docs.vapi.ai/calls/call-ended-reason):\n`customer-*` (`customer-ended-call`, `customer-busy`, `customer-did-not-answer`, …), `assistant-*`\n(`assistant-ended-call`, `assistant-said-end-call-phrase`, `assistant-forwarded-call`, …),\n`silence-timed-out`, `exceeded-max-duration`, `voicemail`, `manually-canceled`, `call-deleted`,\n`pipeline-error-*` (legacy provider errors), `call.start.error-*` (before the call connects),\n`call.in-progress.error-*` (`vapifault`/`providerfault` during the call), `call.ringing.*`,\n`call.forwarding.*`, `call.ending.*`, `twilio-*`, `vonage-*`, `worker-shutdown`. A plain string here:\nnew values appear often, and Vapi's own guides use values outside the list.\n"
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
              }
            }
          },
          "transport": {
            "type": "object",
            "description": "The call's transport, e.g. `provider` `vapi.websocket` with its `websocketCallUrl`.",
            "additionalProperties": true
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
            "$ref": "#/components/schemas/PhoneNumber"
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
            "additionalProperties": true
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
        "additionalProperties": true
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
