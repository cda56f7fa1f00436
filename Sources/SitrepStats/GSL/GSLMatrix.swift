internal import CGSL

/// Owns a `gsl_matrix` for the duration of a computation and frees it on `deinit`.
struct GSLMatrix: ~Copyable {
    let pointer: UnsafeMutablePointer<gsl_matrix>

    init(rows: Int, columns: Int) {
        _ = GSL.handlerIsOff
        pointer = gsl_matrix_calloc(rows, columns)
    }

    deinit { gsl_matrix_free(pointer) }

    subscript(row: Int, column: Int) -> Double {
        get { gsl_matrix_get(pointer, row, column) }
        nonmutating set { gsl_matrix_set(pointer, row, column, newValue) }
    }
}

/// Owns a `gsl_vector` for the duration of a computation and frees it on `deinit`.
struct GSLVector: ~Copyable {
    let pointer: UnsafeMutablePointer<gsl_vector>

    init(count: Int) {
        _ = GSL.handlerIsOff
        pointer = gsl_vector_calloc(count)
    }

    init(_ values: [Double]) {
        self.init(count: values.count)
        for (index, value) in values.enumerated() { gsl_vector_set(pointer, index, value) }
    }

    deinit { gsl_vector_free(pointer) }

    subscript(index: Int) -> Double {
        get { gsl_vector_get(pointer, index) }
        nonmutating set { gsl_vector_set(pointer, index, newValue) }
    }

    var array: [Double] { (0..<pointer.pointee.size).map { gsl_vector_get(pointer, $0) } }
}
