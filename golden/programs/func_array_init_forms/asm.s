	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_array_init_forms.sy"
	.globl	sum1                            # -- Begin function sum1
	.p2align	1
	.type	sum1,@function
sum1:                                   # @sum1
# %bb.0:
	li	a2, 0
	blez	a1, .LBB0_3
# %bb.1:
	slli	a1, a1, 32
	srli	a1, a1, 32
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	lw	a3, 0(a0)
	addw	a2, a2, a3
	addi	a1, a1, -1
	addi	a0, a0, 4
	bnez	a1, .LBB0_2
.LBB0_3:
	mv	a0, a2
	ret
.Lfunc_end0:
	.size	sum1, .Lfunc_end0-sum1
                                        # -- End function
	.globl	sum2                            # -- Begin function sum2
	.p2align	1
	.type	sum2,@function
sum2:                                   # @sum2
# %bb.0:
	blez	a1, .LBB1_4
# %bb.1:
	mv	a2, a0
	li	a3, 0
	li	a0, 0
	slli	a1, a1, 32
	srli	a6, a1, 32
	addi	a2, a2, 8
.LBB1_2:                                # =>This Inner Loop Header: Depth=1
	lw	a4, -8(a2)
	lw	a5, -4(a2)
	lw	a1, 0(a2)
	addw	a4, a4, a5
	addw	a1, a1, a4
	addi	a3, a3, 1
	mulw	a1, a1, a3
	addw	a0, a0, a1
	addi	a2, a2, 12
	bne	a6, a3, .LBB1_2
# %bb.3:
	ret
.LBB1_4:
	li	a0, 0
	ret
.Lfunc_end1:
	.size	sum2, .Lfunc_end1-sum2
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -176
	sd	ra, 168(sp)                     # 8-byte Folded Spill
	sd	s0, 160(sp)                     # 8-byte Folded Spill
	sd	s1, 152(sp)                     # 8-byte Folded Spill
	sd	s2, 144(sp)                     # 8-byte Folded Spill
	sd	s3, 136(sp)                     # 8-byte Folded Spill
	sd	s4, 128(sp)                     # 8-byte Folded Spill
.LBB2_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L__const.main.l_full)
	addi	a0, a0, %pcrel_lo(.LBB2_1)
	lw	a1, 8(a0)
	lwu	a2, 4(a0)
	sw	a1, 120(sp)
	lwu	a0, 0(a0)
	slli	a1, a2, 32
.LBB2_2:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(.L__const.main.l_part)
	addi	a2, a2, %pcrel_lo(.LBB2_2)
	lw	a3, 16(a2)
	or	a0, a0, a1
	lwu	a1, 12(a2)
	sd	a0, 112(sp)
	sw	a3, 104(sp)
	lwu	a0, 8(a2)
	slli	a1, a1, 32
	lwu	a3, 4(a2)
	lwu	a2, 0(a2)
	or	a0, a0, a1
	sd	a0, 96(sp)
	slli	a0, a3, 32
	or	a0, a0, a2
	sd	a0, 88(sp)
.LBB2_3:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L__const.main.l_nested)
	addi	a0, a0, %pcrel_lo(.LBB2_3)
	lwu	a1, 28(a0)
	sd	zero, 80(sp)
	lwu	a2, 24(a0)
	sd	zero, 72(sp)
	slli	a1, a1, 32
	lwu	a3, 20(a0)
	or	a1, a1, a2
	lwu	a2, 16(a0)
	sd	a1, 64(sp)
	slli	a1, a3, 32
	lwu	a3, 12(a0)
	or	a1, a1, a2
	sd	a1, 56(sp)
	lwu	a1, 8(a0)
	slli	a2, a3, 32
	lwu	a3, 4(a0)
	lwu	a0, 0(a0)
	or	a1, a1, a2
	sd	a1, 48(sp)
	slli	a1, a3, 32
	or	a0, a0, a1
	sd	a0, 40(sp)
.LBB2_4:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L__const.main.l_mixed)
	addi	a0, a0, %pcrel_lo(.LBB2_4)
	lwu	a1, 20(a0)
	addi	s2, sp, 64
	lwu	a2, 16(a0)
	addi	s3, sp, 48
	slli	a1, a1, 32
	lwu	a3, 12(a0)
	or	a1, a1, a2
	sd	a1, 32(sp)
	lwu	a1, 8(a0)
	slli	a2, a3, 32
	lwu	a3, 4(a0)
	lwu	a0, 0(a0)
	or	a1, a1, a2
	sd	a1, 24(sp)
	slli	a1, a3, 32
	or	a0, a0, a1
	sd	a0, 16(sp)
	li	a0, 5
	sw	a0, 0(sp)
	li	a0, 10
	sw	a0, 4(sp)
	li	a0, 45
.LBB2_5:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(g_full)
	addi	a1, a1, %pcrel_lo(.LBB2_5)
	lw	a2, 0(a1)
	lw	a3, 4(a1)
	lw	a4, 8(a1)
	sw	a0, 8(sp)
	addi	s4, sp, 32
	addw	a0, a3, a2
	addw	a0, a0, a4
	lw	a2, 12(a1)
	lw	a1, 16(a1)
	addi	s1, sp, 24
	sw	zero, 12(sp)
	addw	a0, a0, a2
	addw	a0, a0, a1
	call	putint@plt
	li	a0, 32
	call	putch@plt
.LBB2_6:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(g_part)
	addi	a0, a0, %pcrel_lo(.LBB2_6)
	lw	a1, 0(a0)
	lw	a2, 4(a0)
	addw	a1, a1, a2
	lw	a2, 8(a0)
	lw	a3, 12(a0)
	lw	a4, 16(a0)
	lw	a0, 20(a0)
	addw	a1, a1, a2
	addw	a1, a1, a3
	addw	a1, a1, a4
	addw	a0, a0, a1
	call	putint@plt
	li	a0, 32
	call	putch@plt
.LBB2_7:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(g_zero)
	addi	a0, a0, %pcrel_lo(.LBB2_7)
	lw	a1, 0(a0)
	lw	a2, 4(a0)
.LBB2_8:                                # Label of block must be emitted
	auipc	a3, %pcrel_hi(g_none)
	addi	a3, a3, %pcrel_lo(.LBB2_8)
	lw	a4, 0(a3)
	lw	a5, 4(a3)
	lw	a3, 8(a3)
	lw	s0, 8(a0)
	lw	a0, 12(a0)
	addw	a4, a4, a5
	addw	a3, a3, a4
	addw	a1, a1, a2
	addw	a1, a1, s0
	addw	a0, a0, a1
	addw	a0, a0, a3
	call	putint@plt
	li	a0, 32
	call	putch@plt
.LBB2_9:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(g_nested)
	addi	a0, a0, %pcrel_lo(.LBB2_9)
	lw	a1, 0(a0)
	lw	a2, 4(a0)
	lw	a3, 8(a0)
	lw	a4, 12(a0)
	lw	a5, 16(a0)
	lw	s0, 20(a0)
	addw	a1, a1, a2
	addw	a1, a1, a3
	addw	a2, a5, a4
	addw	a2, a2, s0
	lw	a3, 24(a0)
	lw	a4, 28(a0)
	lw	a0, 32(a0)
	slliw	a2, a2, 1
	addw	a1, a1, a2
	addw	a2, a4, a3
	addw	a0, a0, a2
	slliw	a2, a0, 1
	addw	a0, a0, a2
	addw	a0, a0, a1
	call	putint@plt
	li	a0, 32
	call	putch@plt
.LBB2_10:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(g_flat)
	addi	a0, a0, %pcrel_lo(.LBB2_10)
	lw	a1, 0(a0)
	lw	a2, 4(a0)
	lw	a3, 8(a0)
	lw	a4, 12(a0)
	lw	a5, 16(a0)
	lw	a0, 20(a0)
	addw	a1, a1, a2
	addw	a1, a1, a3
	addw	a2, a5, a4
	addw	a0, a0, a2
	slliw	a0, a0, 1
	addw	a0, a0, a1
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 3
	addi	a1, sp, 112
	call	putarray@plt
	li	a0, 5
	addi	a1, sp, 88
	call	putarray@plt
	li	a0, 4
	addi	a1, sp, 72
	call	putarray@plt
	li	a0, 2
	addi	a1, sp, 40
	call	putarray@plt
	li	a0, 2
	mv	a1, s3
	call	putarray@plt
	li	a0, 2
	mv	a1, s2
	call	putarray@plt
	li	a0, 2
	addi	a1, sp, 16
	call	putarray@plt
	li	a0, 2
	mv	a1, s1
	call	putarray@plt
	li	a0, 2
	mv	a1, s4
	call	putarray@plt
	li	a0, 4
	mv	a1, sp
	call	putarray@plt
.LBB2_11:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(gf)
	addi	a1, a1, %pcrel_lo(.LBB2_11)
	li	a0, 4
	call	putfarray@plt
	lw	a0, 0(sp)
	lw	a1, 4(sp)
	lw	a2, 8(sp)
	lw	a3, 12(sp)
	addw	a0, a0, a1
	addw	a0, a0, a2
	addw	a0, a0, a3
	addiw	a0, a0, 20
	ld	ra, 168(sp)                     # 8-byte Folded Reload
	ld	s0, 160(sp)                     # 8-byte Folded Reload
	ld	s1, 152(sp)                     # 8-byte Folded Reload
	ld	s2, 144(sp)                     # 8-byte Folded Reload
	ld	s3, 136(sp)                     # 8-byte Folded Reload
	ld	s4, 128(sp)                     # 8-byte Folded Reload
	addi	sp, sp, 176
	ret
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	g_full,@object                  # @g_full
	.data
	.globl	g_full
	.p2align	2
g_full:
	.word	1                               # 0x1
	.word	2                               # 0x2
	.word	3                               # 0x3
	.word	4                               # 0x4
	.word	5                               # 0x5
	.size	g_full, 20

	.type	g_part,@object                  # @g_part
	.globl	g_part
	.p2align	2
g_part:
	.word	7                               # 0x7
	.word	8                               # 0x8
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.size	g_part, 24

	.type	g_zero,@object                  # @g_zero
	.bss
	.globl	g_zero
	.p2align	2
g_zero:
	.zero	16
	.size	g_zero, 16

	.type	g_nested,@object                # @g_nested
	.data
	.globl	g_nested
	.p2align	2
g_nested:
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	2                               # 0x2
	.word	3                               # 0x3
	.word	0                               # 0x0
	.word	4                               # 0x4
	.word	5                               # 0x5
	.word	6                               # 0x6
	.size	g_nested, 36

	.type	g_flat,@object                  # @g_flat
	.globl	g_flat
	.p2align	2
g_flat:
	.word	1                               # 0x1
	.word	2                               # 0x2
	.word	3                               # 0x3
	.word	4                               # 0x4
	.word	0                               # 0x0
	.word	0                               # 0x0
	.size	g_flat, 24

	.type	gf,@object                      # @gf
	.globl	gf
	.p2align	2
gf:
	.word	0x3fc00000                      # float 1.5
	.word	0x40000000                      # float 2
	.word	0x00000000                      # float 0
	.word	0x00000000                      # float 0
	.size	gf, 16

	.type	gc,@object                      # @gc
	.section	.rodata,"a",@progbits
	.globl	gc
	.p2align	2
gc:
	.word	10                              # 0xa
	.word	20                              # 0x14
	.word	30                              # 0x1e
	.word	40                              # 0x28
	.size	gc, 16

	.type	.L__const.main.l_full,@object   # @__const.main.l_full
	.p2align	2
.L__const.main.l_full:
	.word	9                               # 0x9
	.word	8                               # 0x8
	.word	7                               # 0x7
	.size	.L__const.main.l_full, 12

	.type	.L__const.main.l_part,@object   # @__const.main.l_part
	.p2align	2
.L__const.main.l_part:
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.size	.L__const.main.l_part, 20

	.type	.L__const.main.l_nested,@object # @__const.main.l_nested
	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	2
.L__const.main.l_nested:
	.word	1                               # 0x1
	.word	2                               # 0x2
	.word	3                               # 0x3
	.word	0                               # 0x0
	.word	4                               # 0x4
	.word	0                               # 0x0
	.zero	8
	.size	.L__const.main.l_nested, 32

	.type	.L__const.main.l_mixed,@object  # @__const.main.l_mixed
	.section	.rodata,"a",@progbits
	.p2align	2
.L__const.main.l_mixed:
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	2                               # 0x2
	.word	3                               # 0x3
	.word	4                               # 0x4
	.word	0                               # 0x0
	.size	.L__const.main.l_mixed, 24

	.type	g_none,@object                  # @g_none
	.bss
	.globl	g_none
	.p2align	2
g_none:
	.zero	12
	.size	g_none, 12

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
