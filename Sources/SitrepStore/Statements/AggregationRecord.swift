import SitrepCore

/// The `incident.record` column: what aggregation reads of an incident's current revision, as a short byte
/// string, so that a whole-store aggregation reads one column per incident and makes no `Incident`.
///
/// It holds `EventRecord(fieldsOf:)` (everything that needs no theatre) and the names that
/// `IncidentRecords.record(for:)` resolves: admin1 and admin2 and the first initiator's and first target's
/// names as ids in the `name` table (`NameIDs`), and the ends of a corridor segment. Decoding completes the
/// record through `IncidentRecords`, resolving each distinct name once (`StoredNames`), so the record equals
/// `IncidentRecords.record(for:)` of the stored revision under any theatre.
///
/// Layout, in order (varint: LEB128 of the zigzag-encoded value; name: varint byte count, then UTF-8 bytes):
/// 1. day (varint, days since 1970-01-01);
/// 2. one byte each: date precision (`datePrecisions` index), event type (`EventType.rawValue` + 1, 0 for
///    none), sub-event type (`SubEventType.rawValue` + 1, 0 for none), location precision
///    (`locationPrecisions` index + 1, 0 for none), `EventTags.rawValue`;
/// 3. coordinates: 0, or 1 followed by latitude and longitude as `Float` bit patterns (4 bytes each);
/// 4. varints: best fatalities, deaths state-side, insurgent, civilian, weapons captured by insurgents,
///    weapons recovered by the state side, state vehicles destroyed, fuel tankers destroyed;
/// 5. initiator, then target: one byte, 0 for no such actor, `sides` index + 1 for the actor's own side,
///    `namedActor` when it has none (the varint id of its name follows, for the theatre's dictionary);
/// 6. admin1 and admin2: varint name ids (0 when absent or empty);
/// 7. corridor-segment ends: varint count (0 unless the location is a corridor segment), then the names.
enum AggregationRecord {
    /// Codes of the enumerations stored as one byte: positions in these lists (fixed by the store format).
    static let datePrecisions: [DatePrecision] = [.day, .week, .month]
    static let locationPrecisions: [LocationPrecision] = [.exact, .nearTown, .region, .corridorSegment]
    static let sides: [Side] = [.state, .stateAllied, .insurgent, .militia, .civilian, .other]
    static let namedActor: UInt8 = 0xFF

    /// Appends the encoding of `incident` to `bytes`, giving its names ids from `names`; returns the blob slot
    /// that binds it.
    static func append(_ incident: Incident, to bytes: inout [UInt8], names: inout NameIDs) -> PreparedRow.Slot {
        let start = Int32(bytes.count)
        let record = EventRecord(fieldsOf: incident)
        func varint(_ value: Int64) {
            var rest = UInt64(bitPattern: (value << 1) ^ (value >> 63))
            while rest >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
                rest >>= 7
            }
            bytes.append(UInt8(rest))
        }
        func name(_ text: String) {
            varint(Int64(text.utf8.count))
            bytes.append(contentsOf: text.utf8)
        }
        func float(_ value: Float) {
            withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
        }
        varint(Int64(record.day.number))
        bytes.append(UInt8(datePrecisions.firstIndex(of: record.datePrecision)!))
        bytes.append(record.eventType.map { $0.rawValue + 1 } ?? 0)
        bytes.append(record.subEventType.map { $0.rawValue + 1 } ?? 0)
        bytes.append(record.locationPrecision.map { UInt8(locationPrecisions.firstIndex(of: $0)! + 1) } ?? 0)
        bytes.append(record.tags.rawValue)
        if let latitude = record.latitude, let longitude = record.longitude {
            bytes.append(1)
            float(latitude)
            float(longitude)
        } else {
            bytes.append(0)
        }
        varint(Int64(record.fatalities))
        varint(Int64(record.fatalitiesStateSide))
        varint(Int64(record.fatalitiesInsurgent))
        varint(Int64(record.fatalitiesCivilian))
        varint(Int64(record.weaponsCapturedByInsurgents))
        varint(Int64(record.weaponsRecoveredByState))
        varint(Int64(record.vehiclesDestroyedState))
        varint(Int64(record.fuelTankersDestroyed))
        func actor(_ role: Actor.Role) {
            guard let actor = incident.actors.first(where: { $0.role == role }) else { return bytes.append(0) }
            if let side = actor.side {
                bytes.append(UInt8(sides.firstIndex(of: side)! + 1))
            } else {
                bytes.append(namedActor)
                varint(names.id(of: actor.name))
            }
        }
        actor(.initiator)
        actor(.target)
        func admin(_ text: String?) { varint(text.map { $0.isEmpty ? 0 : names.id(of: $0) } ?? 0) }
        admin(incident.location.admin1)
        admin(incident.location.admin2)
        let segment = incident.location.precision == .corridorSegment ? incident.location.segment ?? [] : []
        varint(Int64(segment.count))
        segment.forEach(name)
        return PreparedRow.Slot(kind: .blob, number: 0, start: start, count: Int32(bytes.count) - start)
    }

    /// The record encoded in `bytes`, its names resolved through `names` and `records`; `nil` when `bytes` is
    /// not an encoding this type wrote.
    static func record(
        _ bytes: UnsafeRawBufferPointer, names: inout StoredNames, records: inout IncidentRecords
    ) -> EventRecord? {
        var reader = Reader(bytes: bytes)
        return reader.record(names: &names, records: &records)
    }

    /// Reads the layout front to back; every read checks the bounds and gives `nil` past the end.
    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var index = 0

        mutating func record(names: inout StoredNames, records: inout IncidentRecords) -> EventRecord? {
            guard let day = varint(), let datePrecision = code(datePrecisions), let eventType = byte(),
                let subEventType = byte(), let locationPrecision = byte(), let tags = byte(), let located = byte()
            else { return nil }
            var record = EventRecord(
                day: Day(number: Int32(truncatingIfNeeded: day)), datePrecision: datePrecision,
                eventType: eventType == 0 ? nil : EventType(rawValue: eventType - 1), admin1: EventRecord.none,
                fatalities: 0)
            record.subEventType = subEventType == 0 ? nil : SubEventType(rawValue: subEventType - 1)
            if locationPrecision != 0 {
                guard Int(locationPrecision) <= locationPrecisions.count else { return nil }
                record.locationPrecision = locationPrecisions[Int(locationPrecision) - 1]
            }
            record.tags = EventTags(rawValue: tags)
            if located == 1 {
                guard let latitude = float(), let longitude = float() else { return nil }
                record.latitude = latitude
                record.longitude = longitude
            }
            guard let fatalities = count(), let stateSide = count(), let insurgent = count(),
                let civilian = count(), let weaponsCaptured = count(), let weaponsRecovered = count(),
                let vehiclesDestroyed = count(), let fuelTankers = count()
            else { return nil }
            record.fatalities = fatalities
            record.fatalitiesStateSide = stateSide
            record.fatalitiesInsurgent = insurgent
            record.fatalitiesCivilian = civilian
            record.weaponsCapturedByInsurgents = weaponsCaptured
            record.weaponsRecoveredByState = weaponsRecovered
            record.vehiclesDestroyedState = vehiclesDestroyed
            record.fuelTankersDestroyed = fuelTankers
            guard let initiator = actor(names: &names, records: &records),
                let target = actor(names: &names, records: &records)
            else { return nil }
            record.actor1Side = initiator
            record.actor2Side = target
            guard let admin1 = varint(), let admin2 = varint(),
                let region = admin1 == 0 ? EventRecord.none : names.regionID(admin1, records: &records),
                let cercle = admin2 == 0 ? EventRecord.none : names.admin2ID(admin2, records: &records)
            else { return nil }
            record.admin1 = region
            record.admin2 = cercle
            guard let ends = varint() else { return nil }
            if ends > 0 {
                var segment: [String] = []
                for _ in 0..<ends {
                    guard let end = name() else { return nil }
                    segment.append(String(decoding: end, as: UTF8.self))
                }
                record.corridor = records.corridor(ofSegment: segment)
            }
            return index == bytes.count ? record : nil
        }

        /// An actor's side (itself `nil` for no actor, or a name the dictionary does not know); `nil` when
        /// the bytes are not an actor's encoding.
        mutating func actor(names: inout StoredNames, records: inout IncidentRecords) -> Side?? {
            guard let actor = byte() else { return nil }
            switch actor {
            case 0: return .some(nil)
            case namedActor:
                guard let id = varint() else { return nil }
                return names.side(ofActor: id, records: &records)
            default:
                guard Int(actor) <= sides.count else { return nil }
                return .some(sides[Int(actor) - 1])
            }
        }

        mutating func count() -> Int32? { varint().map { Int32(truncatingIfNeeded: $0) } }

        mutating func byte() -> UInt8? {
            guard index < bytes.count else { return nil }
            defer { index += 1 }
            return bytes[index]
        }

        mutating func code<T>(_ values: [T]) -> T? {
            guard let code = byte(), Int(code) < values.count else { return nil }
            return values[Int(code)]
        }

        mutating func varint() -> Int64? {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while let byte = byte() {
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1) }
                shift += 7
                guard shift < 64 else { return nil }
            }
            return nil
        }

        mutating func float() -> Float? {
            guard index + 4 <= bytes.count else { return nil }
            defer { index += 4 }
            return Float(bitPattern: UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt32.self)))
        }

        /// A name's bytes, in place.
        mutating func name() -> UnsafeBufferPointer<UInt8>? {
            guard let count = varint(), count >= 0, count <= bytes.count - index else { return nil }
            defer { index += Int(count) }
            let start = bytes.baseAddress!.assumingMemoryBound(to: UInt8.self) + index
            return UnsafeBufferPointer(start: start, count: Int(count))
        }
    }
}
