namespace CallCenter.Portal.Demo;

/// <summary>A purchase (negative amount) or top-up (positive) on a demo card; the date is the center's local date.</summary>
public sealed record DemoCardTransaction(string Date, string Merchant, decimal Amount);
