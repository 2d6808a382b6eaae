using System.Linq.Expressions;
using CallCenter.Domain.Calls;

namespace CallCenter.Domain.Reports;

/// <summary>
/// Call records keep the SIP URIs as the voice server saw them (<c>sip:13800138000@trunk</c>, <c>&lt;sip:1001@pbx&gt;</c>)
/// or a bare number; reports compare numbers on the URI's user part. These helpers do it in SQL and in memory.
/// </summary>
public static class UriUser
{
    /// <summary>The user part of a SIP/tel URI or the text itself when it is a bare number.</summary>
    public static string Of(string uri)
    {
        var s = uri.AsSpan().Trim().TrimStart('<').TrimEnd('>');
        var colon = s.IndexOf(':');
        if (colon >= 0 && colon < 5) s = s[(colon + 1)..];
        var end = s.IndexOfAny('@', ';', '>');
        if (end >= 0) s = s[..end];
        return s.ToString();
    }

    /// <summary>
    /// A SQL predicate: the URI selected by <paramref name="uri"/> has one of <paramref name="users"/> as user part, or
    /// equals one (a bare number). The user part is cut out in SQL (text between the first ':' and the '@'), then looked
    /// up in the list: one IN per row rather than a LIKE per number.
    /// </summary>
    public static Expression<Func<CallDetailRecord, bool>> In(Expression<Func<CallDetailRecord, string>> uri, IEnumerable<string> users)
    {
        var list = users.Distinct(StringComparer.Ordinal).ToList();
        var body = uri.Body;
        var colon = Expression.Call(body, IndexOf, Expression.Constant(":"));
        var at = Expression.Call(body, IndexOf, Expression.Constant("@"));
        // sip:1001@pbx → 1001; a text without '@' (a bare number) is compared whole.
        var user = Expression.Condition(
            Expression.Call(body, Contains, Expression.Constant("@")),
            Expression.Call(body, Substring, Expression.Add(colon, Expression.Constant(1)), Expression.Subtract(Expression.Subtract(at, colon), Expression.Constant(1))),
            body);
        var contains = Expression.Call(Expression.Constant(list), ListContains, user);
        return Expression.Lambda<Func<CallDetailRecord, bool>>(contains, uri.Parameters);
    }

    private static readonly System.Reflection.MethodInfo IndexOf = typeof(string).GetMethod(nameof(string.IndexOf), [typeof(string)])!;
    private static readonly System.Reflection.MethodInfo Contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly System.Reflection.MethodInfo Substring = typeof(string).GetMethod(nameof(string.Substring), [typeof(int), typeof(int)])!;
    private static readonly System.Reflection.MethodInfo ListContains = typeof(List<string>).GetMethod(nameof(List<string>.Contains), [typeof(string)])!;

    /// <summary>The negation of a predicate made by <see cref="In"/>.</summary>
    public static Expression<Func<CallDetailRecord, bool>> Not(Expression<Func<CallDetailRecord, bool>> predicate) =>
        Expression.Lambda<Func<CallDetailRecord, bool>>(Expression.Not(predicate.Body), predicate.Parameters);
}
