using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Graph.Schema.Compilation;

/// <summary>Turns character offsets of the parser into 1-based lines and columns.</summary>
internal sealed class LineMap
{
    private readonly string _file;
    private readonly List<int> _lineStarts = [0];

    public LineMap(string file, string text)
    {
        _file = file;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public SourceLocation At(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return new SourceLocation(_file, line + 1, offset - _lineStarts[line] + 1);
    }
}
