namespace CallCenter.Designer.Localization;

/// <summary>
/// The texts of the designer's simulator: <c>SimulatorText.resx</c> (English) and <c>SimulatorText.zh-CN.resx</c>
/// (简体中文), read through <c>IStringLocalizer&lt;SimulatorText&gt;</c>.
/// </summary>
public sealed class SimulatorText;
