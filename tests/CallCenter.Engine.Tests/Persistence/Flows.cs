using CallCenter.Engine.Models;
using CallCenter.Engine.Serialization;

namespace CallCenter.Engine.Tests.Persistence;

/// <summary>Small flows used by the database scenarios, written as the JSON an admin would export.</summary>
internal static class Flows
{
    public static WorkflowDefinition Parse(string json) => WorkflowJson.Parse(json).Definition ?? throw new InvalidOperationException(WorkflowJson.Parse(json).Error);

    /// <summary>Greets, waits for an "Approve" event correlated by order id, then records who approved.</summary>
    public static WorkflowDefinition Approval(string id = "approval", string greeting = "Hello {{ customer }}") => Parse($$$"""
    {
      "id": "{{{id}}}", "name": "Approval",
      "variables": [
        { "name": "customer", "type": "String", "default": "Li Lei" },
        { "name": "order_id", "type": "String", "default": "" },
        { "name": "greeting", "type": "String" },
        { "name": "approver", "type": "Object" }
      ],
      "root": {
        "activities": [
          { "id": "start", "type": "Start" },
          { "id": "greet", "type": "SetVariable", "properties": { "variable": "greeting", "value": "{{{greeting}}}" } },
          { "id": "wait", "type": "Event", "properties": { "eventName": "Approve", "correlation": "{{ order_id }}", "payload": "approver" } },
          { "id": "end", "type": "End" }
        ],
        "connections": [
          { "source": "start", "outcome": "Done", "target": "greet" },
          { "source": "greet", "outcome": "Done", "target": "wait" },
          { "source": "wait", "outcome": "Done", "target": "end" }
        ]
      }
    }
    """);

    /// <summary>Waits two seconds on a durable Delay, then logs.</summary>
    public static WorkflowDefinition DelayThenLog(string id = "delayed") => Parse($$$"""
    {
      "id": "{{{id}}}", "name": "Delayed reminder",
      "root": {
        "activities": [
          { "id": "start", "type": "Start" },
          { "id": "delay", "type": "Delay", "properties": { "duration": 2 } },
          { "id": "after", "type": "Log", "properties": { "message": "reminder for {{ workflow.instance_id }}" } }
        ],
        "connections": [
          { "source": "start", "outcome": "Done", "target": "delay" },
          { "source": "delay", "outcome": "Done", "target": "after" }
        ]
      }
    }
    """);

    /// <summary>Started by the "OrderPlaced" event; its condition reads a variable nobody declared, so it faults.</summary>
    public static WorkflowDefinition FaultyOnEvent(string id = "faulty") => Parse($$$"""
    {
      "id": "{{{id}}}", "name": "Faulty",
      "root": {
        "activities": [
          { "id": "placed", "type": "Event", "properties": { "eventName": "OrderPlaced" } },
          { "id": "check", "type": "If", "properties": { "condition": { "expression": "totl > 10" } } }
        ],
        "connections": [ { "source": "placed", "outcome": "Done", "target": "check" } ]
      }
    }
    """);

    /// <summary>Started by a cron schedule (six fields: every second), then logs.</summary>
    public static WorkflowDefinition EverySecond(string id = "ticker") => Parse($$$"""
    {
      "id": "{{{id}}}", "name": "Ticker",
      "root": {
        "activities": [
          { "id": "tick", "type": "Timer", "properties": { "cron": "* * * * * *" } },
          { "id": "log", "type": "Log", "properties": { "message": "tick {{ workflow.correlation_id }}" } }
        ],
        "connections": [ { "source": "tick", "outcome": "Done", "target": "log" } ]
      }
    }
    """);
}
