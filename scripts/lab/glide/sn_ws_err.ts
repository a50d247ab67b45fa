/** sn_ws_err error classes for Scripted REST handlers (response.setError(new BadRequestError(msg))). */
export class ServiceError {
    status = 500
    message = ''
    detail = ''
    setStatus(status: number): void {
        this.status = status
    }
    setMessage(message: string): void {
        this.message = message
    }
    setDetail(detail: string): void {
        this.detail = detail
    }
}

function errorClass(status: number, defaultMessage: string) {
    return class extends ServiceError {
        constructor(message?: string) {
            super()
            this.status = status
            this.message = message ?? defaultMessage
        }
    }
}

export const BadRequestError = errorClass(400, 'Bad Request')
export const NotFoundError = errorClass(404, 'Not Found')
export const ConflictError = errorClass(409, 'Conflict')
export const NotAcceptableError = errorClass(406, 'Not Acceptable')
export const UnsupportedMediaTypeError = errorClass(415, 'Unsupported Media Type')
