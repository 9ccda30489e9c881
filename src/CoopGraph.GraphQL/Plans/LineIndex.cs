namespace CoopGraph.GraphQL.Plans;

/// <summary>
/// Line and column (1-based, as GraphQL errors' <c>locations</c> give them) of a position in a document, from the line
/// starts found once: a site per selected field would otherwise rescan the document from its start each time.
/// </summary>
internal sealed class LineIndex
{
    private readonly List<int> _lineStarts = [0];

    public LineIndex(ReadOnlySpan<char> source)
    {
        // The GraphQL spec's line terminators: \n, \r\n and a lone \r.
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '\n' || (source[i] == '\r' && (i + 1 == source.Length || source[i + 1] != '\n')))
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public (int Line, int Column) Locate(int position)
    {
        var found = _lineStarts.BinarySearch(position);
        var line = found >= 0 ? found : ~found - 1;
        return (line + 1, position - _lineStarts[line] + 1);
    }
}
