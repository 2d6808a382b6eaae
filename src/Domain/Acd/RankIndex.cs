namespace CallCenter.Domain.Acd;

/// <summary>
/// A set of <see cref="Ranked{T}"/> keys that also answers "how many keys are smaller" in O(log n): a treap (a binary
/// search tree balanced by random heap priorities) whose nodes count their subtree. Gives a waiting call its position
/// without walking the calls ahead of it. Keys must be unique. Not thread-safe (used under the ACD's lock).
/// </summary>
internal sealed class RankIndex<T> where T : class
{
    private readonly IComparer<Ranked<T>> _comparer = RankedComparer<T>.Instance;
    private readonly Random _random = new(17);
    private Node? _root;

    public int Count => Size(_root);

    public void Add(Ranked<T> key)
    {
        Split(_root, key, out var smaller, out var rest);
        _root = Merge(Merge(smaller, new Node(key, _random.Next())), rest);
    }

    public bool Remove(Ranked<T> key)
    {
        _root = Remove(_root, key, out var removed);
        return removed;
    }

    /// <summary>How many keys are smaller than <paramref name="key"/>.</summary>
    public int CountLessThan(Ranked<T> key)
    {
        var count = 0;
        var node = _root;
        while (node is not null)
        {
            if (_comparer.Compare(node.Key, key) < 0)
            {
                count += Size(node.Left) + 1;
                node = node.Right;
            }
            else
            {
                node = node.Left;
            }
        }
        return count;
    }

    private static int Size(Node? node) => node?.Size ?? 0;

    private static void Update(Node node) => node.Size = 1 + Size(node.Left) + Size(node.Right);

    /// <summary>Splits into the keys smaller than <paramref name="key"/> and the others.</summary>
    private void Split(Node? node, Ranked<T> key, out Node? smaller, out Node? rest)
    {
        if (node is null)
        {
            smaller = rest = null;
            return;
        }
        if (_comparer.Compare(node.Key, key) < 0)
        {
            Split(node.Right, key, out var left, out rest);
            node.Right = left;
            Update(node);
            smaller = node;
        }
        else
        {
            Split(node.Left, key, out smaller, out var right);
            node.Left = right;
            Update(node);
            rest = node;
        }
    }

    /// <summary>Joins two treaps where every key of <paramref name="left"/> is smaller than every key of <paramref name="right"/>.</summary>
    private static Node? Merge(Node? left, Node? right)
    {
        if (left is null) return right;
        if (right is null) return left;
        if (left.Priority > right.Priority)
        {
            left.Right = Merge(left.Right, right);
            Update(left);
            return left;
        }
        right.Left = Merge(left, right.Left);
        Update(right);
        return right;
    }

    private Node? Remove(Node? node, Ranked<T> key, out bool removed)
    {
        if (node is null)
        {
            removed = false;
            return null;
        }
        var c = _comparer.Compare(key, node.Key);
        if (c == 0)
        {
            removed = true;
            return Merge(node.Left, node.Right);
        }
        if (c < 0) node.Left = Remove(node.Left, key, out removed);
        else node.Right = Remove(node.Right, key, out removed);
        if (removed) Update(node);
        return node;
    }

    private sealed class Node(Ranked<T> key, int priority)
    {
        public Ranked<T> Key { get; } = key;
        public int Priority { get; } = priority;
        public int Size { get; set; } = 1;
        public Node? Left { get; set; }
        public Node? Right { get; set; }
    }
}
