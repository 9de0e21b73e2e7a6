	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_short_circuit_effects.sy"
	.globl	mark                            # -- Begin function mark
	.p2align	1
	.type	mark,@function
mark:                                   # @mark
# %bb.0:
.LBB0_1:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(calls)
	addi	a2, a2, %pcrel_lo(.LBB0_1)
	lw	a3, 0(a2)
	slli	a4, a3, 2
.LBB0_2:                                # Label of block must be emitted
	auipc	a5, %pcrel_hi(trace)
	addi	a5, a5, %pcrel_lo(.LBB0_2)
	add	a4, a4, a5
	sw	a0, 0(a4)
	addiw	a0, a3, 1
	sw	a0, 0(a2)
	mv	a0, a1
	ret
.Lfunc_end0:
	.size	mark, .Lfunc_end0-mark
                                        # -- End function
	.globl	safe_div_check                  # -- Begin function safe_div_check
	.p2align	1
	.type	safe_div_check,@function
safe_div_check:                         # @safe_div_check
# %bb.0:
	beqz	a1, .LBB1_2
# %bb.1:
	divw	a1, a0, a1
	li	a2, 2
	li	a0, 1
	blt	a2, a1, .LBB1_3
.LBB1_2:
	li	a0, 0
.LBB1_3:
	ret
.Lfunc_end1:
	.size	safe_div_check, .Lfunc_end1-safe_div_check
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -16
	sd	ra, 8(sp)                       # 8-byte Folded Spill
.LBB2_1:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(calls)
	addi	a2, a2, %pcrel_lo(.LBB2_1)
	lw	a0, 0(a2)
	slli	a3, a0, 2
.LBB2_2:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(trace)
	addi	a1, a1, %pcrel_lo(.LBB2_2)
	add	a3, a3, a1
	li	a4, 1
	sw	a4, 0(a3)
	addiw	a3, a0, 1
	slli	a3, a3, 2
	add	a3, a3, a1
	li	a4, 3
	sw	a4, 0(a3)
	addiw	a3, a0, 2
	slli	a3, a3, 2
	add	a3, a3, a1
	li	a4, 5
	sw	a4, 0(a3)
	addiw	a3, a0, 3
	slli	a3, a3, 2
	add	a3, a3, a1
	li	a4, 6
	sw	a4, 0(a3)
	addiw	a3, a0, 4
	slli	a3, a3, 2
	add	a3, a3, a1
	li	a4, 7
	sw	a4, 0(a3)
	addiw	a3, a0, 5
	slli	a3, a3, 2
	add	a3, a3, a1
	li	a4, 8
	sw	a4, 0(a3)
	addiw	a3, a0, 6
	slli	a3, a3, 2
	add	a3, a3, a1
	li	a4, 9
	sw	a4, 0(a3)
	addiw	a3, a0, 7
	slli	a3, a3, 2
	add	a3, a3, a1
	li	a4, 11
	sw	a4, 0(a3)
	addiw	a3, a0, 8
	slli	a3, a3, 2
	add	a3, a3, a1
	li	a4, 12
	sw	a4, 0(a3)
	addiw	a3, a0, 9
	slli	a3, a3, 2
	add	a3, a3, a1
	li	a4, 13
	sw	a4, 0(a3)
	addiw	a3, a0, 10
	slli	a3, a3, 2
	add	a3, a3, a1
	li	a4, 14
	sw	a4, 0(a3)
	li	a4, 15
	sw	a4, 4(a3)
	li	a4, 16
	sw	a4, 8(a3)
	addiw	a0, a0, 13
	sw	a0, 0(a2)
	call	putarray@plt
	li	a0, 70
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 70
	ld	ra, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	calls,@object                   # @calls
	.section	.sbss,"aw",@nobits
	.globl	calls
	.p2align	2
calls:
	.word	0                               # 0x0
	.size	calls, 4

	.type	trace,@object                   # @trace
	.bss
	.globl	trace
	.p2align	2
trace:
	.zero	128
	.size	trace, 128

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
