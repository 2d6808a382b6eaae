using System.Globalization;

namespace CallCenter.Bench.Engine;

/// <summary>What the flow computes for instance <c>n</c>, written out in C#: both engines must end with exactly this receipt.</summary>
public static class Expected
{
    public static string OrderId(string prefix, long n) => $"{prefix}-{n.ToString(CultureInfo.InvariantCulture)}";

    public static string Payment(long n) => $"PAY-{n.ToString(CultureInfo.InvariantCulture)}";

    public static string Receipt(string prefix, long n)
    {
        var amount = n % 20 * 3;
        var discount = amount > 30 ? amount / 10 : 0;
        var greeting = string.Create(CultureInfo.InvariantCulture, $"Hello C{n}, you owe {amount - discount}");
        return $"Receipt {OrderId(prefix, n)}: {Payment(n)} received. {greeting}";
    }
}
