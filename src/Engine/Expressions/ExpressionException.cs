namespace CallCenter.Engine.Expressions;

/// <summary>A script failed at run time; the message names the activity and property when known.</summary>
public sealed class ExpressionException(string message, Exception? inner = null) : Exception(message, inner);
