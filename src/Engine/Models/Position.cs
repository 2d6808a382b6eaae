namespace CallCenter.Engine.Models;

/// <summary>Where the designer draws a node.</summary>
public sealed record Position(double X, double Y);
