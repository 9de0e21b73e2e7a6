	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_matrix_transpose_2d.sy"
	.globl	transpose                       # -- Begin function transpose
	.p2align	1
	.type	transpose,@function
transpose:                              # @transpose
# %bb.0:
.LBB0_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(m)
	addi	a0, a0, %pcrel_lo(.LBB0_1)
	lw	a1, 0(a0)
.LBB0_2:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(t)
	addi	a2, a2, %pcrel_lo(.LBB0_2)
	lw	a3, 4(a0)
	lw	a4, 8(a0)
	lw	a5, 12(a0)
	sw	a1, 0(a2)
	sw	a3, 16(a2)
	sw	a4, 32(a2)
	sw	a5, 48(a2)
	lw	a1, 16(a0)
	lw	a3, 20(a0)
	lw	a4, 24(a0)
	lw	a5, 28(a0)
	sw	a1, 64(a2)
	sw	a3, 4(a2)
	sw	a4, 20(a2)
	sw	a5, 36(a2)
	lw	a1, 32(a0)
	lw	a3, 36(a0)
	lw	a4, 40(a0)
	lw	a5, 44(a0)
	sw	a1, 52(a2)
	sw	a3, 68(a2)
	sw	a4, 8(a2)
	sw	a5, 24(a2)
	lw	a1, 48(a0)
	lw	a3, 52(a0)
	lw	a4, 56(a0)
	lw	a5, 60(a0)
	sw	a1, 40(a2)
	sw	a3, 56(a2)
	sw	a4, 72(a2)
	sw	a5, 12(a2)
	lw	a1, 64(a0)
	lw	a3, 68(a0)
	lw	a4, 72(a0)
	lw	a0, 76(a0)
	sw	a1, 28(a2)
	sw	a3, 44(a2)
	sw	a4, 60(a2)
	sw	a0, 76(a2)
	ret
.Lfunc_end0:
	.size	transpose, .Lfunc_end0-transpose
                                        # -- End function
	.globl	row_sum                         # -- Begin function row_sum
	.p2align	1
	.type	row_sum,@function
row_sum:                                # @row_sum
# %bb.0:
	slli	a1, a1, 4
	add	a0, a0, a1
	lw	a1, 0(a0)
	lw	a2, 4(a0)
	lw	a3, 8(a0)
	lw	a0, 12(a0)
	addw	a1, a1, a2
	addw	a1, a1, a3
	addw	a0, a0, a1
	ret
.Lfunc_end1:
	.size	row_sum, .Lfunc_end1-row_sum
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
.LBB2_1:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(m)
	addi	a1, a1, %pcrel_lo(.LBB2_1)
	lw	a0, 4(a1)
	lw	a2, 8(a1)
.LBB2_2:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(t)
	addi	s0, s0, %pcrel_lo(.LBB2_2)
	sw	a0, 16(s0)
	lw	a0, 12(a1)
	sw	a2, 32(s0)
	lw	a2, 16(a1)
	lw	a3, 20(a1)
	sw	a0, 48(s0)
	lw	a0, 24(a1)
	sw	a2, 64(s0)
	sw	a3, 4(s0)
	lw	a2, 28(a1)
	sw	a0, 20(s0)
	lw	a0, 32(a1)
	lw	a3, 36(a1)
	sw	a2, 36(s0)
	lw	a2, 40(a1)
	sw	a0, 52(s0)
	sw	a3, 68(s0)
	lw	a0, 44(a1)
	sw	a2, 8(s0)
	lw	a2, 48(a1)
	lw	a3, 52(a1)
	sw	a0, 24(s0)
	lw	a0, 56(a1)
	sw	a2, 40(s0)
	sw	a3, 56(s0)
	lw	a2, 60(a1)
	sw	a0, 72(s0)
	lw	a3, 64(a1)
	lw	a0, 0(a1)
	sw	a2, 12(s0)
	lw	a2, 68(a1)
	sw	a3, 28(s0)
	lw	a3, 72(a1)
	lw	a1, 76(a1)
	sw	a2, 44(s0)
	sw	a0, 0(s0)
	sw	a3, 60(s0)
	sw	a1, 76(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 4(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 8(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 12(s0)
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 16(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 20(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 24(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 28(s0)
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 32(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 36(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 40(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 44(s0)
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 48(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 52(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 56(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 60(s0)
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 64(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 68(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 72(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 76(s0)
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 0(s0)
	lw	a1, 4(s0)
	lw	a2, 8(s0)
	lw	a3, 12(s0)
	addw	a0, a0, a1
	addw	a0, a0, a2
	addw	a0, a0, a3
	lw	a1, 16(s0)
	lw	a2, 20(s0)
	lw	a3, 24(s0)
	lw	a4, 28(s0)
	sw	a0, 12(sp)
	addw	a0, a2, a1
	addw	a0, a0, a3
	addw	a0, a0, a4
	lw	a1, 32(s0)
	lw	a2, 36(s0)
	lw	a3, 40(s0)
	lw	a4, 44(s0)
	sw	a0, 16(sp)
	addw	a0, a2, a1
	addw	a0, a0, a3
	addw	a0, a0, a4
	lw	a1, 48(s0)
	lw	a2, 52(s0)
	lw	a3, 56(s0)
	lw	a4, 60(s0)
	sw	a0, 20(sp)
	addw	a0, a2, a1
	addw	a0, a0, a3
	addw	a0, a0, a4
	lw	a1, 64(s0)
	lw	a2, 68(s0)
	lw	a3, 72(s0)
	lw	a4, 76(s0)
	sw	a0, 24(sp)
	addw	a0, a2, a1
	addw	a0, a0, a3
	addw	a0, a0, a4
	sw	a0, 28(sp)
	li	a0, 5
	addi	a1, sp, 12
	call	putarray@plt
	li	a0, 5
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 28(sp)
	lw	a1, 12(sp)
	subw	a0, a0, a1
	addiw	a0, a0, 5
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	m,@object                       # @m
	.data
	.globl	m
	.p2align	2
m:
	.word	1                               # 0x1
	.word	2                               # 0x2
	.word	3                               # 0x3
	.word	4                               # 0x4
	.word	5                               # 0x5
	.word	6                               # 0x6
	.word	7                               # 0x7
	.word	8                               # 0x8
	.word	9                               # 0x9
	.word	10                              # 0xa
	.word	11                              # 0xb
	.word	12                              # 0xc
	.word	13                              # 0xd
	.word	14                              # 0xe
	.word	15                              # 0xf
	.word	16                              # 0x10
	.word	17                              # 0x11
	.word	18                              # 0x12
	.word	19                              # 0x13
	.word	20                              # 0x14
	.size	m, 80

	.type	t,@object                       # @t
	.bss
	.globl	t
	.p2align	2
t:
	.zero	80
	.size	t, 80

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
