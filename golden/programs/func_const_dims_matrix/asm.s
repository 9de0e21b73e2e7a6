	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_const_dims_matrix.sy"
	.globl	transpose                       # -- Begin function transpose
	.p2align	1
	.type	transpose,@function
transpose:                              # @transpose
# %bb.0:
	lw	a2, 0(a0)
	sw	a2, 0(a1)
	lw	a2, 4(a0)
	sw	a2, 12(a1)
	lw	a2, 8(a0)
	sw	a2, 24(a1)
	lw	a2, 12(a0)
	sw	a2, 36(a1)
	lw	a2, 16(a0)
	sw	a2, 4(a1)
	lw	a2, 20(a0)
	sw	a2, 16(a1)
	lw	a2, 24(a0)
	sw	a2, 28(a1)
	lw	a2, 28(a0)
	sw	a2, 40(a1)
	lw	a2, 32(a0)
	sw	a2, 8(a1)
	lw	a2, 36(a0)
	sw	a2, 20(a1)
	lw	a2, 40(a0)
	sw	a2, 32(a1)
	lw	a0, 44(a0)
	sw	a0, 44(a1)
	ret
.Lfunc_end0:
	.size	transpose, .Lfunc_end0-transpose
                                        # -- End function
	.globl	multiply                        # -- Begin function multiply
	.p2align	1
	.type	multiply,@function
multiply:                               # @multiply
# %bb.0:
	lw	a6, 0(a0)
	lw	a4, 0(a1)
	lw	a5, 4(a0)
	lw	a3, 12(a1)
	mulw	a6, a4, a6
	mulw	a7, a3, a5
	lw	t0, 8(a0)
	lw	t1, 24(a1)
	lw	t2, 12(a0)
	lw	a5, 36(a1)
	addw	a4, a7, a6
	mulw	a3, t1, t0
	addw	a3, a3, a4
	mulw	a4, a5, t2
	addw	a3, a3, a4
	sw	a3, 0(a2)
	lw	a6, 0(a0)
	lw	a4, 4(a1)
	lw	a5, 4(a0)
	lw	a3, 16(a1)
	mulw	a6, a4, a6
	mulw	a7, a3, a5
	lw	t0, 8(a0)
	lw	t1, 28(a1)
	lw	t2, 12(a0)
	lw	a5, 40(a1)
	addw	a4, a7, a6
	mulw	a3, t1, t0
	addw	a3, a3, a4
	mulw	a4, a5, t2
	addw	a3, a3, a4
	sw	a3, 4(a2)
	lw	a6, 0(a0)
	lw	a4, 8(a1)
	lw	a5, 4(a0)
	lw	a3, 20(a1)
	mulw	a6, a4, a6
	mulw	a7, a3, a5
	lw	t0, 8(a0)
	lw	t1, 32(a1)
	lw	t2, 12(a0)
	lw	a5, 44(a1)
	addw	a4, a7, a6
	mulw	a3, t1, t0
	addw	a3, a3, a4
	mulw	a4, a5, t2
	addw	a3, a3, a4
	sw	a3, 8(a2)
	lw	a6, 16(a0)
	lw	a4, 0(a1)
	lw	a5, 20(a0)
	lw	a3, 12(a1)
	mulw	a6, a4, a6
	mulw	a7, a3, a5
	lw	t0, 24(a0)
	lw	t1, 24(a1)
	lw	t2, 28(a0)
	lw	a5, 36(a1)
	addw	a4, a7, a6
	mulw	a3, t1, t0
	addw	a3, a3, a4
	mulw	a4, a5, t2
	addw	a3, a3, a4
	sw	a3, 12(a2)
	lw	a6, 16(a0)
	lw	a4, 4(a1)
	lw	a5, 20(a0)
	lw	a3, 16(a1)
	mulw	a6, a4, a6
	mulw	a7, a3, a5
	lw	t0, 24(a0)
	lw	t1, 28(a1)
	lw	t2, 28(a0)
	lw	a5, 40(a1)
	addw	a4, a7, a6
	mulw	a3, t1, t0
	addw	a3, a3, a4
	mulw	a4, a5, t2
	addw	a3, a3, a4
	sw	a3, 16(a2)
	lw	a6, 16(a0)
	lw	a4, 8(a1)
	lw	a5, 20(a0)
	lw	a3, 20(a1)
	mulw	a6, a4, a6
	mulw	a7, a3, a5
	lw	t0, 24(a0)
	lw	t1, 32(a1)
	lw	t2, 28(a0)
	lw	a5, 44(a1)
	addw	a4, a7, a6
	mulw	a3, t1, t0
	addw	a3, a3, a4
	mulw	a4, a5, t2
	addw	a3, a3, a4
	sw	a3, 20(a2)
	lw	a6, 32(a0)
	lw	a4, 0(a1)
	lw	a5, 36(a0)
	lw	a3, 12(a1)
	mulw	a6, a4, a6
	mulw	a7, a3, a5
	lw	t0, 40(a0)
	lw	t1, 24(a1)
	lw	t2, 44(a0)
	lw	a5, 36(a1)
	addw	a4, a7, a6
	mulw	a3, t1, t0
	addw	a3, a3, a4
	mulw	a4, a5, t2
	addw	a3, a3, a4
	sw	a3, 24(a2)
	lw	a6, 32(a0)
	lw	a4, 4(a1)
	lw	a5, 36(a0)
	lw	a3, 16(a1)
	mulw	a6, a4, a6
	mulw	a7, a3, a5
	lw	t0, 40(a0)
	lw	t1, 28(a1)
	lw	t2, 44(a0)
	lw	a5, 40(a1)
	addw	a4, a7, a6
	mulw	a3, t1, t0
	addw	a3, a3, a4
	mulw	a4, a5, t2
	addw	a3, a3, a4
	sw	a3, 28(a2)
	lw	a6, 32(a0)
	lw	a4, 8(a1)
	lw	a5, 36(a0)
	lw	a3, 20(a1)
	mulw	a6, a4, a6
	mulw	a3, a3, a5
	lw	a5, 40(a0)
	lw	a4, 32(a1)
	lw	a0, 44(a0)
	lw	a1, 44(a1)
	addw	a3, a3, a6
	mulw	a4, a4, a5
	addw	a3, a3, a4
	mulw	a0, a1, a0
	addw	a0, a0, a3
	sw	a0, 32(a2)
	ret
.Lfunc_end1:
	.size	multiply, .Lfunc_end1-multiply
                                        # -- End function
	.globl	flatten                         # -- Begin function flatten
	.p2align	1
	.type	flatten,@function
flatten:                                # @flatten
# %bb.0:
	li	a3, 0
	blez	a1, .LBB2_3
# %bb.1:
	slli	a1, a1, 32
	srli	a1, a1, 32
	addi	a0, a0, 8
.LBB2_2:                                # =>This Inner Loop Header: Depth=1
	lw	a4, -8(a0)
	slli	a5, a3, 32
	srai	a5, a5, 30
	add	a5, a5, a2
	sw	a4, 0(a5)
	lw	a4, -4(a0)
	sw	a4, 4(a5)
	lw	a4, 0(a0)
	sext.w	a3, a3
	sw	a4, 8(a5)
	addi	a3, a3, 3
	addi	a1, a1, -1
	addi	a0, a0, 12
	bnez	a1, .LBB2_2
.LBB2_3:
	sext.w	a0, a3
	ret
.Lfunc_end2:
	.size	flatten, .Lfunc_end2-flatten
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -112
	sd	ra, 104(sp)                     # 8-byte Folded Spill
	sd	s0, 96(sp)                      # 8-byte Folded Spill
	sd	s1, 88(sp)                      # 8-byte Folded Spill
.LBB3_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(A)
	addi	a0, a0, %pcrel_lo(.LBB3_1)
	lw	a1, 0(a0)
.LBB3_2:                                # Label of block must be emitted
	auipc	s1, %pcrel_hi(B)
	addi	s1, s1, %pcrel_lo(.LBB3_2)
	lw	a2, 4(a0)
	lw	a3, 8(a0)
	lw	a4, 12(a0)
	sw	a1, 0(s1)
	sw	a2, 12(s1)
	sw	a3, 24(s1)
	sw	a4, 36(s1)
	lw	a1, 16(a0)
	lw	a2, 20(a0)
	lw	a3, 24(a0)
	lw	a4, 28(a0)
	sw	a1, 4(s1)
	sw	a2, 16(s1)
	sw	a3, 28(s1)
	sw	a4, 40(s1)
	lw	a1, 32(a0)
	lw	a2, 36(a0)
	lw	a3, 40(a0)
	lw	a4, 44(a0)
	sw	a1, 8(s1)
	sw	a2, 20(s1)
	sw	a3, 32(s1)
	sw	a4, 44(s1)
.LBB3_3:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(P)
	addi	s0, s0, %pcrel_lo(.LBB3_3)
	mv	a1, s1
	mv	a2, s0
	call	multiply
	lw	a0, 0(s0)
	sw	a0, 0(sp)
	lw	a0, 4(s0)
	lw	a1, 8(s0)
	lw	a2, 12(s0)
	lw	a3, 16(s0)
	sw	a0, 4(sp)
	sw	a1, 8(sp)
	sw	a2, 12(sp)
	sw	a3, 16(sp)
	lw	a0, 20(s0)
	lw	a1, 24(s0)
	lw	a2, 28(s0)
	lw	a3, 32(s0)
	sw	a0, 20(sp)
	sw	a1, 24(sp)
	sw	a2, 28(sp)
	sw	a3, 32(sp)
	li	a0, 9
	mv	a1, sp
	call	putarray@plt
	lw	a0, 0(s1)
	lw	a1, 4(s1)
	lw	a2, 8(s1)
	lw	a3, 12(s1)
	sw	a0, 0(sp)
	sw	a1, 4(sp)
	sw	a2, 8(sp)
	sw	a3, 12(sp)
	lw	a0, 16(s1)
	lw	a1, 20(s1)
	lw	a2, 24(s1)
	lw	a3, 28(s1)
	sw	a0, 16(sp)
	sw	a1, 20(sp)
	sw	a2, 24(sp)
	sw	a3, 28(sp)
	lw	a0, 32(s1)
	lw	a1, 36(s1)
	lw	a2, 40(s1)
	lw	a3, 44(s1)
	sw	a0, 32(sp)
	sw	a1, 36(sp)
	sw	a2, 40(sp)
	sw	a3, 44(sp)
	li	a0, 12
	mv	a1, sp
	call	putarray@plt
	lw	t4, 0(s0)
	lw	a7, 16(s0)
	lw	a6, 32(s0)
	lw	a4, 4(s0)
	lw	t0, 12(s0)
	lw	s1, 8(s0)
	lw	t1, 24(s0)
	sd	zero, 48(sp)
	sd	zero, 56(sp)
	sw	zero, 80(sp)
	sd	zero, 72(sp)
	sd	zero, 64(sp)
	mulw	a1, t4, t4
	mulw	a3, t0, a4
	addw	a1, a1, a3
	mulw	a3, t1, s1
	addw	a1, a1, a3
	sw	a1, 48(sp)
	lw	a1, 52(sp)
	lw	t2, 20(s0)
	lw	t3, 28(s0)
	mulw	a0, a4, t4
	addw	a0, a0, a1
	mulw	a1, a7, a4
	addw	a0, a0, a1
	mulw	a1, t3, s1
	addw	a0, a0, a1
	sw	a0, 52(sp)
	mulw	a0, s1, t4
	mulw	a1, t2, a4
	addw	a0, a0, a1
	mulw	a1, a6, s1
	addw	a0, a0, a1
	sw	a0, 56(sp)
	lw	a0, 12(s0)
	lw	a1, 60(sp)
	lw	a3, 16(s0)
	lw	a5, 20(s0)
	mulw	a2, t4, a0
	addw	a1, a1, a2
	mulw	a2, t0, a3
	addw	a1, a1, a2
	mulw	a2, t1, a5
	addw	a1, a1, a2
	sw	a1, 60(sp)
	mulw	a1, a4, a0
	mulw	a2, a7, a3
	addw	a1, a1, a2
	mulw	a2, t3, a5
	addw	a1, a1, a2
	sw	a1, 64(sp)
	lw	a1, 68(sp)
	mulw	a0, s1, a0
	addw	a0, a0, a1
	mulw	a1, t2, a3
	addw	a0, a0, a1
	mulw	a1, a6, a5
	addw	a0, a0, a1
	sw	a0, 68(sp)
	lw	a0, 24(s0)
	lw	a1, 72(sp)
	lw	a2, 28(s0)
	lw	a3, 32(s0)
	mulw	a5, t4, a0
	addw	a1, a1, a5
	mulw	a5, t0, a2
	addw	a1, a1, a5
	mulw	a5, t1, a3
	addw	a1, a1, a5
	sw	a1, 72(sp)
	lw	a1, 76(sp)
	mulw	a5, a4, a0
	addw	a1, a1, a5
	mulw	a5, a7, a2
	addw	a1, a1, a5
	mulw	a5, t3, a3
	addw	a1, a1, a5
	sw	a1, 76(sp)
	lw	a5, 80(sp)
	addi	a1, sp, 72
	mulw	a0, s1, a0
	addw	a0, a0, a5
	mulw	a2, t2, a2
	addw	a0, a0, a2
	mulw	a2, a6, a3
	addw	a0, a0, a2
	sw	a0, 80(sp)
	xor	a0, t2, t3
	xor	a2, s1, t1
	addw	a3, a7, t4
	xor	a4, a4, t0
	or	a0, a0, a2
	or	a0, a0, a4
	seqz	s0, a0
	addw	s1, a6, a3
	li	a0, 3
	call	putarray@plt
.LBB3_4:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB3_4)
	li	a3, 12
	mv	a1, s1
	mv	a2, s0
	call	putf@plt
	mv	a0, s1
	ld	ra, 104(sp)                     # 8-byte Folded Reload
	ld	s0, 96(sp)                      # 8-byte Folded Reload
	ld	s1, 88(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 112
	ret
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
                                        # -- End function
	.type	R,@object                       # @R
	.section	.rodata,"a",@progbits
	.globl	R
	.p2align	2
R:
	.word	3                               # 0x3
	.size	R, 4

	.type	C,@object                       # @C
	.globl	C
	.p2align	2
C:
	.word	4                               # 0x4
	.size	C, 4

	.type	S,@object                       # @S
	.globl	S
	.p2align	2
S:
	.word	12                              # 0xc
	.size	S, 4

	.type	A,@object                       # @A
	.data
	.globl	A
	.p2align	2
A:
	.word	2                               # 0x2
	.word	4294967295                      # 0xffffffff
	.word	0                               # 0x0
	.word	3                               # 0x3
	.word	1                               # 0x1
	.word	4                               # 0x4
	.word	4294967294                      # 0xfffffffe
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	5                               # 0x5
	.word	1                               # 0x1
	.word	4294967293                      # 0xfffffffd
	.size	A, 48

	.type	B,@object                       # @B
	.bss
	.globl	B
	.p2align	2
B:
	.zero	48
	.size	B, 48

	.type	P,@object                       # @P
	.globl	P
	.p2align	2
P:
	.zero	36
	.size	P, 36

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"trace=%d symmetric=%d size=%d\n"
	.size	.L.str, 31

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
