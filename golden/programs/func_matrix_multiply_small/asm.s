	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_matrix_multiply_small.sy"
	.globl	mul                             # -- Begin function mul
	.p2align	1
	.type	mul,@function
mul:                                    # @mul
# %bb.0:
	li	t1, 0
	addi	a7, a2, 12
	lui	a2, 429196
	addiw	t2, a2, 1197
	lui	a2, 2
	addiw	a5, a2, 1815
	li	a6, 64
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	add	a2, a0, t1
	lw	t0, 0(a2)
	lw	a3, 0(a1)
	mulw	a3, a3, t0
	mul	a4, a3, t2
	srli	t0, a4, 63
	srai	a4, a4, 32
	srli	t3, a4, 12
	lw	t4, 4(a2)
	lw	t5, 16(a1)
	addw	a4, t3, t0
	mulw	a4, a4, a5
	subw	a3, a3, a4
	mulw	a4, t5, t4
	addw	a3, a3, a4
	mul	a4, a3, t2
	srli	t0, a4, 63
	srai	a4, a4, 32
	srli	t3, a4, 12
	lw	t4, 8(a2)
	lw	t5, 32(a1)
	addw	a4, t3, t0
	mulw	a4, a4, a5
	subw	a3, a3, a4
	mulw	a4, t5, t4
	addw	a3, a3, a4
	mul	a4, a3, t2
	srli	t0, a4, 63
	srai	a4, a4, 32
	srli	t3, a4, 12
	lw	t4, 12(a2)
	lw	t5, 48(a1)
	addw	a4, t3, t0
	mulw	a4, a4, a5
	subw	a3, a3, a4
	mulw	a4, t5, t4
	addw	a3, a3, a4
	mul	a4, a3, t2
	srli	t0, a4, 63
	srai	a4, a4, 32
	srli	a4, a4, 12
	addw	a4, a4, t0
	mulw	a4, a4, a5
	subw	a3, a3, a4
	add	t0, a7, t1
	sw	a3, -12(t0)
	lw	a3, 0(a2)
	lw	a4, 4(a1)
	mulw	a3, a4, a3
	mul	a4, a3, t2
	srli	t3, a4, 63
	srai	a4, a4, 32
	srli	t4, a4, 12
	lw	t5, 4(a2)
	lw	t6, 20(a1)
	addw	a4, t4, t3
	mulw	a4, a4, a5
	subw	a3, a3, a4
	mulw	a4, t6, t5
	addw	a3, a3, a4
	mul	a4, a3, t2
	srli	t3, a4, 63
	srai	a4, a4, 32
	srli	t4, a4, 12
	lw	t5, 8(a2)
	lw	t6, 36(a1)
	addw	a4, t4, t3
	mulw	a4, a4, a5
	subw	a3, a3, a4
	mulw	a4, t6, t5
	addw	a3, a3, a4
	mul	a4, a3, t2
	srli	t3, a4, 63
	srai	a4, a4, 32
	srli	t4, a4, 12
	lw	t5, 12(a2)
	lw	t6, 52(a1)
	addw	a4, t4, t3
	mulw	a4, a4, a5
	subw	a3, a3, a4
	mulw	a4, t6, t5
	addw	a3, a3, a4
	mul	a4, a3, t2
	srli	t3, a4, 63
	srai	a4, a4, 32
	srli	a4, a4, 12
	addw	a4, a4, t3
	mulw	a4, a4, a5
	subw	a3, a3, a4
	sw	a3, -8(t0)
	lw	a3, 0(a2)
	lw	a4, 8(a1)
	mulw	a3, a4, a3
	mul	a4, a3, t2
	srli	t3, a4, 63
	srai	a4, a4, 32
	srli	t4, a4, 12
	lw	t5, 4(a2)
	lw	t6, 24(a1)
	addw	a4, t4, t3
	mulw	a4, a4, a5
	subw	a3, a3, a4
	mulw	a4, t6, t5
	addw	a3, a3, a4
	mul	a4, a3, t2
	srli	t3, a4, 63
	srai	a4, a4, 32
	srli	t4, a4, 12
	lw	t5, 8(a2)
	lw	t6, 40(a1)
	addw	a4, t4, t3
	mulw	a4, a4, a5
	subw	a3, a3, a4
	mulw	a4, t6, t5
	addw	a3, a3, a4
	mul	a4, a3, t2
	srli	t3, a4, 63
	srai	a4, a4, 32
	srli	t4, a4, 12
	lw	t5, 12(a2)
	lw	t6, 56(a1)
	addw	a4, t4, t3
	mulw	a4, a4, a5
	subw	a3, a3, a4
	mulw	a4, t6, t5
	addw	a3, a3, a4
	mul	a4, a3, t2
	srli	t3, a4, 63
	srai	a4, a4, 32
	srli	a4, a4, 12
	addw	a4, a4, t3
	mulw	a4, a4, a5
	subw	a3, a3, a4
	sw	a3, -4(t0)
	lw	a3, 0(a2)
	lw	a4, 12(a1)
	mulw	a3, a4, a3
	mul	a4, a3, t2
	srli	t3, a4, 63
	srai	a4, a4, 32
	srli	t4, a4, 12
	lw	t5, 4(a2)
	lw	t6, 28(a1)
	addw	a4, t4, t3
	mulw	a4, a4, a5
	subw	a3, a3, a4
	mulw	a4, t6, t5
	addw	a3, a3, a4
	mul	a4, a3, t2
	srli	t3, a4, 63
	srai	a4, a4, 32
	srli	t4, a4, 12
	lw	t5, 8(a2)
	lw	t6, 44(a1)
	addw	a4, t4, t3
	mulw	a4, a4, a5
	subw	a3, a3, a4
	mulw	a4, t6, t5
	addw	a3, a3, a4
	mul	a4, a3, t2
	srli	t3, a4, 63
	srai	a4, a4, 32
	srli	t4, a4, 12
	lw	t5, 12(a2)
	lw	a4, 60(a1)
	addw	a2, t4, t3
	mulw	a2, a2, a5
	subw	a2, a3, a2
	mulw	a3, a4, t5
	addw	a2, a2, a3
	mul	a3, a2, t2
	srli	a4, a3, 63
	srai	a3, a3, 32
	srli	a3, a3, 12
	addw	a3, a3, a4
	mulw	a3, a3, a5
	subw	a2, a2, a3
	addi	t1, t1, 16
	sw	a2, 0(t0)
	bne	t1, a6, .LBB0_1
# %bb.2:
	ret
.Lfunc_end0:
	.size	mul, .Lfunc_end0-mul
                                        # -- End function
	.globl	copy                            # -- Begin function copy
	.p2align	1
	.type	copy,@function
copy:                                   # @copy
# %bb.0:
	lw	a2, 0(a0)
	sw	a2, 0(a1)
	lw	a2, 4(a0)
	sw	a2, 4(a1)
	lw	a2, 8(a0)
	sw	a2, 8(a1)
	lw	a2, 12(a0)
	sw	a2, 12(a1)
	lw	a2, 16(a0)
	sw	a2, 16(a1)
	lw	a2, 20(a0)
	sw	a2, 20(a1)
	lw	a2, 24(a0)
	sw	a2, 24(a1)
	lw	a2, 28(a0)
	sw	a2, 28(a1)
	lw	a2, 32(a0)
	sw	a2, 32(a1)
	lw	a2, 36(a0)
	sw	a2, 36(a1)
	lw	a2, 40(a0)
	sw	a2, 40(a1)
	lw	a2, 44(a0)
	sw	a2, 44(a1)
	lw	a2, 48(a0)
	sw	a2, 48(a1)
	lw	a2, 52(a0)
	sw	a2, 52(a1)
	lw	a2, 56(a0)
	sw	a2, 56(a1)
	lw	a0, 60(a0)
	sw	a0, 60(a1)
	ret
.Lfunc_end1:
	.size	copy, .Lfunc_end1-copy
                                        # -- End function
	.globl	mat_pow                         # -- Begin function mat_pow
	.p2align	1
	.type	mat_pow,@function
mat_pow:                                # @mat_pow
# %bb.0:
	addi	sp, sp, -112
	sd	ra, 104(sp)                     # 8-byte Folded Spill
	sd	s0, 96(sp)                      # 8-byte Folded Spill
	sd	s1, 88(sp)                      # 8-byte Folded Spill
	sd	s2, 80(sp)                      # 8-byte Folded Spill
	sd	s3, 72(sp)                      # 8-byte Folded Spill
	mv	s2, a0
.LBB2_6:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(A)
	addi	a0, a0, %pcrel_lo(.LBB2_6)
	lw	a1, 0(a0)
	lw	a2, 4(a0)
	lw	a3, 8(a0)
	lw	a4, 12(a0)
	sw	a1, 8(sp)
	sw	a2, 12(sp)
	sw	a3, 16(sp)
	sw	a4, 20(sp)
	lw	a1, 16(a0)
	lw	a2, 20(a0)
	lw	a3, 24(a0)
	lw	a4, 28(a0)
	sw	a1, 24(sp)
	sw	a2, 28(sp)
	sw	a3, 32(sp)
	sw	a4, 36(sp)
	lw	a1, 32(a0)
	lw	a2, 36(a0)
	lw	a3, 40(a0)
	lw	a4, 44(a0)
	sw	a1, 40(sp)
	sw	a2, 44(sp)
	sw	a3, 48(sp)
	sw	a4, 52(sp)
	lw	a1, 48(a0)
	lw	a2, 52(a0)
	lw	a3, 56(a0)
	lw	a0, 60(a0)
	sw	a1, 56(sp)
	sw	a2, 60(sp)
	sw	a3, 64(sp)
	sw	a0, 68(sp)
.LBB2_7:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(I)
	addi	a0, a0, %pcrel_lo(.LBB2_7)
	lw	a1, 0(a0)
.LBB2_8:                                # Label of block must be emitted
	auipc	s1, %pcrel_hi(R)
	addi	s1, s1, %pcrel_lo(.LBB2_8)
	lw	a2, 4(a0)
	lw	a3, 8(a0)
	lw	a4, 12(a0)
	sw	a1, 0(s1)
	sw	a2, 4(s1)
	sw	a3, 8(s1)
	sw	a4, 12(s1)
	lw	a1, 16(a0)
	lw	a2, 20(a0)
	lw	a3, 24(a0)
	lw	a4, 28(a0)
	sw	a1, 16(s1)
	sw	a2, 20(s1)
	sw	a3, 24(s1)
	sw	a4, 28(s1)
	lw	a1, 32(a0)
	lw	a2, 36(a0)
	lw	a3, 40(a0)
	lw	a4, 44(a0)
	sw	a1, 32(s1)
	sw	a2, 36(s1)
	sw	a3, 40(s1)
	sw	a4, 44(s1)
	lw	a1, 48(a0)
	lw	a2, 52(a0)
	lw	a3, 56(a0)
	lw	a0, 60(a0)
	sw	a1, 48(s1)
	sw	a2, 52(s1)
	sw	a3, 56(s1)
	sw	a0, 60(s1)
	blez	s2, .LBB2_5
# %bb.1:
.LBB2_9:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(T)
	addi	s0, s0, %pcrel_lo(.LBB2_9)
	li	s3, 1
	j	.LBB2_3
.LBB2_2:                                #   in Loop: Header=BB2_3 Depth=1
	addi	a0, sp, 8
	addi	a1, sp, 8
	mv	a2, s0
	call	mul
	lw	a0, 0(s0)
	lw	a1, 4(s0)
	lw	a2, 8(s0)
	sw	a0, 8(sp)
	sw	a1, 12(sp)
	lw	a0, 12(s0)
	sw	a2, 16(sp)
	lw	a1, 16(s0)
	lw	a2, 20(s0)
	sw	a0, 20(sp)
	lw	a0, 24(s0)
	sw	a1, 24(sp)
	sw	a2, 28(sp)
	lw	a1, 28(s0)
	sw	a0, 32(sp)
	lw	a0, 32(s0)
	lw	a2, 36(s0)
	sw	a1, 36(sp)
	lw	a1, 40(s0)
	sw	a0, 40(sp)
	sw	a2, 44(sp)
	lw	a0, 44(s0)
	sw	a1, 48(sp)
	lw	a1, 48(s0)
	lw	a2, 52(s0)
	sw	a0, 52(sp)
	lw	a0, 56(s0)
	sw	a1, 56(sp)
	sw	a2, 60(sp)
	lw	a1, 60(s0)
	sw	a0, 64(sp)
	sext.w	a0, s2
	srliw	s2, s2, 1
	sw	a1, 68(sp)
	bgeu	s3, a0, .LBB2_5
.LBB2_3:                                # =>This Inner Loop Header: Depth=1
	andi	a0, s2, 1
	beqz	a0, .LBB2_2
# %bb.4:                                #   in Loop: Header=BB2_3 Depth=1
	addi	a1, sp, 8
	mv	a0, s1
	mv	a2, s0
	call	mul
	lw	a0, 0(s0)
	lw	a1, 4(s0)
	lw	a2, 8(s0)
	lw	a3, 12(s0)
	sw	a0, 0(s1)
	sw	a1, 4(s1)
	sw	a2, 8(s1)
	sw	a3, 12(s1)
	lw	a0, 16(s0)
	lw	a1, 20(s0)
	lw	a2, 24(s0)
	lw	a3, 28(s0)
	sw	a0, 16(s1)
	sw	a1, 20(s1)
	sw	a2, 24(s1)
	sw	a3, 28(s1)
	lw	a0, 32(s0)
	lw	a1, 36(s0)
	lw	a2, 40(s0)
	lw	a3, 44(s0)
	sw	a0, 32(s1)
	sw	a1, 36(s1)
	sw	a2, 40(s1)
	sw	a3, 44(s1)
	lw	a0, 48(s0)
	lw	a1, 52(s0)
	lw	a2, 56(s0)
	lw	a3, 60(s0)
	sw	a0, 48(s1)
	sw	a1, 52(s1)
	sw	a2, 56(s1)
	sw	a3, 60(s1)
	j	.LBB2_2
.LBB2_5:
	ld	ra, 104(sp)                     # 8-byte Folded Reload
	ld	s0, 96(sp)                      # 8-byte Folded Reload
	ld	s1, 88(sp)                      # 8-byte Folded Reload
	ld	s2, 80(sp)                      # 8-byte Folded Reload
	ld	s3, 72(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 112
	ret
.Lfunc_end2:
	.size	mat_pow, .Lfunc_end2-mat_pow
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	sd	s1, 24(sp)                      # 8-byte Folded Spill
	sd	s2, 16(sp)                      # 8-byte Folded Spill
	sd	s3, 8(sp)                       # 8-byte Folded Spill
.LBB3_5:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(A)
	addi	s0, s0, %pcrel_lo(.LBB3_5)
.LBB3_6:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(I)
	addi	a1, a1, %pcrel_lo(.LBB3_6)
.LBB3_7:                                # Label of block must be emitted
	auipc	s1, %pcrel_hi(T)
	addi	s1, s1, %pcrel_lo(.LBB3_7)
	mv	a0, s0
	mv	a2, s1
	call	mul
	li	a4, 0
	li	a0, 1
	slli	a1, a0, 34
	addi	a1, a1, -16
	li	a6, 15
	j	.LBB3_2
.LBB3_1:                                #   in Loop: Header=BB3_2 Depth=1
	addiw	a4, a3, 1
	bgeu	a3, a6, .LBB3_4
.LBB3_2:                                # =>This Inner Loop Header: Depth=1
	mv	a3, a4
	slli	a4, a4, 2
	and	a5, a4, a1
	add	a2, s1, a5
	andi	a4, a4, 12
	add	a2, a2, a4
	lw	a2, 0(a2)
	add	a5, a5, s0
	add	a4, a4, a5
	lw	a4, 0(a4)
	beq	a2, a4, .LBB3_1
# %bb.3:                                #   in Loop: Header=BB3_2 Depth=1
	li	a0, 0
	j	.LBB3_1
.LBB3_4:
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 13
	call	mat_pow
.LBB3_8:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(R)
	addi	s0, s0, %pcrel_lo(.LBB3_8)
	li	a0, 4
	mv	a1, s0
	call	putarray@plt
	lw	a0, 0(s0)
	lui	a1, 429196
	addiw	s2, a1, 1197
	mul	a1, a0, s2
	srli	a2, a1, 63
	srai	a1, a1, 32
	srli	a1, a1, 12
	addw	a1, a1, a2
	lui	a2, 2
	addiw	s1, a2, 1815
	mulw	a1, a1, s1
	subw	s3, a0, a1
	addi	a1, s0, 16
	li	a0, 4
	call	putarray@plt
	lw	a0, 20(s0)
	addw	a0, a0, s3
	mul	a1, a0, s2
	srli	a2, a1, 63
	srai	a1, a1, 32
	srli	a1, a1, 12
	addw	a1, a1, a2
	mulw	a1, a1, s1
	subw	s3, a0, a1
	addi	a1, s0, 32
	li	a0, 4
	call	putarray@plt
	lw	a0, 40(s0)
	addw	a0, a0, s3
	mul	a1, a0, s2
	srli	a2, a1, 63
	srai	a1, a1, 32
	srli	a1, a1, 12
	addw	a1, a1, a2
	mulw	a1, a1, s1
	subw	s3, a0, a1
	addi	a1, s0, 48
	li	a0, 4
	call	putarray@plt
	lw	a0, 60(s0)
	addw	a0, a0, s3
	mul	a1, a0, s2
	srli	a2, a1, 63
	srai	a1, a1, 32
	srli	a1, a1, 12
	addw	a1, a1, a2
	mulw	a1, a1, s1
	sub	a0, a0, a1
	slli	a1, a0, 48
	srai	a1, a1, 48
	srli	a1, a1, 23
	andi	a1, a1, 255
	add	a1, a1, a0
	andi	a1, a1, -256
	subw	a0, a0, a1
	slli	a0, a0, 48
	srai	a0, a0, 48
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
                                        # -- End function
	.type	A,@object                       # @A
	.data
	.globl	A
	.p2align	2
A:
	.word	1                               # 0x1
	.word	2                               # 0x2
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	3                               # 0x3
	.word	0                               # 0x0
	.word	2                               # 0x2
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	2                               # 0x2
	.size	A, 64

	.type	I,@object                       # @I
	.globl	I
	.p2align	2
I:
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	1                               # 0x1
	.size	I, 64

	.type	R,@object                       # @R
	.bss
	.globl	R
	.p2align	2
R:
	.zero	64
	.size	R, 64

	.type	T,@object                       # @T
	.globl	T
	.p2align	2
T:
	.zero	64
	.size	T, 64

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
