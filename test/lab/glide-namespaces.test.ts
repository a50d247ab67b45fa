/** Server modules import namespaced Glide APIs from subpaths; under jest they resolve to the lab's modules. */
import { describe, expect, it } from '@jest/globals'
import { ServiceError } from '@servicenow/glide/sn_ws_err'
import { ServiceError as LabServiceError } from '../../scripts/lab/glide/sn_ws_err.ts'

describe('@servicenow/glide/<namespace> under jest', () => {
    it('resolves sn_ws_err to the lab classes the Scripted REST engine reads', () => {
        expect(ServiceError).toBe(LabServiceError)
        const error = new ServiceError()
        error.setStatus(404)
        error.setMessage('No such thing')
        expect(error).toBeInstanceOf(LabServiceError)
        const seen = error as unknown as LabServiceError
        expect({ status: seen.status, message: seen.message }).toEqual({ status: 404, message: 'No such thing' })
    })
})
