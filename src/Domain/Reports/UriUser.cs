using System.Linq.Expressions;
using CallCenter.Domain.Calls;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports;

/// <summary>
/// Call records keep the SIP URIs as the voice server saw them (<c>sip:13800138000@trunk</c>, <c>&lt;sip:1001@pbx&gt;</c>)
/// or a bare number; reports compare numbers on the URI's user part. These helpers do it in SQL (LIKE) and in memory.
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

    /// <summary>A SQL predicate: the URI selected by <paramref name="uri"/> has one of <paramref name="users"/> as user part (or equals it).</summary>
    public static Expression<Func<CallDetailRecord, bool>> In(Expression<Func<CallDetailRecord, string>> uri, IEnumerable<string> users)
    {
        var parameter = uri.Parameters[0];
        Expression? body = null;
        var like = typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string)])!;
        foreach (var user in users.Distinct(StringComparer.Ordinal))
        {
            Expression one = Expression.OrElse(
                Expression.Equal(uri.Body, Expression.Constant(user)),
                Expression.OrElse(
                    Expression.Call(like, Expression.Constant(EF.Functions), uri.Body, Expression.Constant("%:" + Escape(user) + "@%")),
                    Expression.Call(like, Expression.Constant(EF.Functions), uri.Body, Expression.Constant("%:" + Escape(user)))));
            body = body is null ? one : Expression.OrElse(body, one);
        }
        return Expression.Lambda<Func<CallDetailRecord, bool>>(body ?? Expression.Constant(false), parameter);
    }

    /// <summary>The negation of a predicate made by <see cref="In"/>.</summary>
    public static Expression<Func<CallDetailRecord, bool>> Not(Expression<Func<CallDetailRecord, bool>> predicate) =>
        Expression.Lambda<Func<CallDetailRecord, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    // Numbers are digits, '+', '*', '#': nothing LIKE treats specially except '_' and '%', which we refuse rather than escape.
    private static string Escape(string user) =>
        user.Contains('%') || user.Contains('_') ? throw new ArgumentException($"'{user}' is not a number.", nameof(user)) : user;
}
