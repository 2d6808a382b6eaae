namespace CallCenter.Telephony.Sessions.FeatureCodes;

/// <summary>
/// The application's feature codes dialled from a phone (<c>*70</c>…<c>*79</c>, <see cref="FeatureCodes.Prefix"/>): reached
/// only by a caller authenticated by digest as <c>extension</c>, never by a trunk caller. Optional: without one, such numbers
/// are looked up like any other (and get 404).
/// </summary>
public interface IFeatureCodeHandler
{
    /// <summary>
    /// Carries out <paramref name="code"/> (e.g. "*70") for the phone of <paramref name="extension"/>; the call is answered
    /// afterwards, the result's prompt (or a confirmation / refusal tone) is played and the call is hung up.
    /// </summary>
    ValueTask<FeatureCodeResult> HandleAsync(string extension, string code, CancellationToken ct);
}
