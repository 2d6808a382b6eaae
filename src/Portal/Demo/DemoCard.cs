namespace CallCenter.Portal.Demo;

/// <summary>One prepaid card of the demo card system: balance in yuan, loyalty points, newest transactions first.</summary>
public sealed record DemoCard(string Number, string Holder, decimal Balance, long Points, IReadOnlyList<DemoCardTransaction> Transactions);
