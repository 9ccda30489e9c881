namespace CoopGraph.Storage.Embedded.Persistence;

/// <summary>The records of safe retries, on the writer's connection (callers hold the store's write lock).</summary>
internal sealed partial class SqliteGraphFile
{
    /// <summary>The request hash a batch of this key and field was written with inside the retention window, or null.</summary>
    public byte[]? FindMark(string key, int field, DateTimeOffset notBefore)
    {
        using var command = Command("SELECT request_hash FROM idempotency_marks WHERE key = $key AND field = $field AND at >= $cutoff", null);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$field", field);
        command.Parameters.AddWithValue("$cutoff", notBefore.ToUnixTimeMilliseconds());
        return command.ExecuteScalar() as byte[];
    }

    public IdempotencyRecord? FindIdempotency(string key, DateTimeOffset notBefore)
    {
        if (!_hasIdempotencyTables)
        {
            // A version-1 file opened read-only: it has never kept a retry's record.
            return null;
        }

        var cutoff = notBefore.ToUnixTimeMilliseconds();
        using (var command = Command("SELECT request_hash, status, content_type, body, at FROM idempotency_responses WHERE key = $key AND at >= $cutoff", null))
        {
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$cutoff", cutoff);
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                var hash = (byte[])reader.GetValue(0);
                var response = new IdempotentResponse(
                    key, hash, reader.GetInt32(1), reader.GetString(2), (byte[])reader.GetValue(3), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)));
                return new IdempotencyRecord(hash, response);
            }
        }

        using var marks = Command("SELECT request_hash FROM idempotency_marks WHERE key = $key AND at >= $cutoff LIMIT 1", null);
        marks.Parameters.AddWithValue("$key", key);
        marks.Parameters.AddWithValue("$cutoff", cutoff);
        return marks.ExecuteScalar() is byte[] markHash ? new IdempotencyRecord(markHash, null) : null;
    }

    /// <summary>Keeps the first response to a key (a later one for the same key changes nothing) and drops expired records.</summary>
    public void RecordResponse(IdempotentResponse response, DateTimeOffset notBefore)
    {
        using var transaction = _connection.BeginTransaction();
        var cutoff = notBefore.ToUnixTimeMilliseconds();
        foreach (var table in new[] { "idempotency_marks", "idempotency_responses" })
        {
            using var purge = Command($"DELETE FROM {table} WHERE at < $cutoff", transaction);
            purge.Parameters.AddWithValue("$cutoff", cutoff);
            purge.ExecuteNonQuery();
        }

        using var insert = Command(
            "INSERT INTO idempotency_responses(key, request_hash, status, content_type, body, at) VALUES ($key, $hash, $status, $type, $body, $at) ON CONFLICT(key) DO NOTHING",
            transaction);
        insert.Parameters.AddWithValue("$key", response.Key);
        insert.Parameters.AddWithValue("$hash", response.RequestHash);
        insert.Parameters.AddWithValue("$status", response.StatusCode);
        insert.Parameters.AddWithValue("$type", response.ContentType);
        insert.Parameters.AddWithValue("$body", response.Body);
        insert.Parameters.AddWithValue("$at", response.At.ToUnixTimeMilliseconds());
        insert.ExecuteNonQuery();
        transaction.Commit();
    }
}
