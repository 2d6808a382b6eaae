namespace CallCenter.Designer.Editing;

/// <summary>One reversible change of the draft; <see cref="Do"/> and <see cref="Undo"/> report what they touched.</summary>
internal sealed record FlowEdit(Action<DesignerChange> Do, Action<DesignerChange> Undo);
