	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"parse_init_list_shapes.sy"
	.globl	sum3                            # -- Begin function sum3
	.p2align	1
	.type	sum3,@function
sum3:                                   # @sum3
# %bb.0:
	blez	a1, .LBB0_4
# %bb.1:
	mv	a2, a0
	li	a0, 0
	slli	a1, a1, 32
	srli	a1, a1, 32
	addi	a2, a2, 12
	lui	a3, 42948
	addiw	a6, a3, 1575
	lui	a4, 24
	addiw	a4, a4, 1699
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	lw	a5, -12(a2)
	slliw	a3, a0, 1
	addw	a0, a0, a3
	addw	a0, a0, a5
	mul	a3, a0, a6
	srli	a5, a3, 63
	srai	a3, a3, 44
	addw	a3, a3, a5
	mulw	a3, a3, a4
	lw	a5, -8(a2)
	subw	a0, a0, a3
	slliw	a3, a0, 1
	addw	a0, a0, a3
	addw	a0, a0, a5
	mul	a3, a0, a6
	srli	a5, a3, 63
	srai	a3, a3, 44
	addw	a3, a3, a5
	mulw	a3, a3, a4
	lw	a5, -4(a2)
	subw	a0, a0, a3
	slliw	a3, a0, 1
	addw	a0, a0, a3
	addw	a0, a0, a5
	mul	a3, a0, a6
	srli	a5, a3, 63
	srai	a3, a3, 44
	addw	a3, a3, a5
	mulw	a3, a3, a4
	lw	a5, 0(a2)
	subw	a0, a0, a3
	slliw	a3, a0, 1
	addw	a0, a0, a3
	addw	a0, a0, a5
	mul	a3, a0, a6
	srli	a5, a3, 63
	srai	a3, a3, 44
	addw	a3, a3, a5
	mulw	a3, a3, a4
	lw	a5, 4(a2)
	subw	a0, a0, a3
	slliw	a3, a0, 1
	addw	a0, a0, a3
	addw	a0, a0, a5
	mul	a3, a0, a6
	srli	a5, a3, 63
	srai	a3, a3, 44
	addw	a3, a3, a5
	mulw	a3, a3, a4
	lw	a5, 8(a2)
	subw	a0, a0, a3
	slliw	a3, a0, 1
	addw	a0, a0, a3
	addw	a0, a0, a5
	mul	a3, a0, a6
	srli	a5, a3, 63
	srai	a3, a3, 44
	addw	a3, a3, a5
	mulw	a3, a3, a4
	subw	a0, a0, a3
	addi	a1, a1, -1
	addi	a2, a2, 24
	bnez	a1, .LBB0_2
# %bb.3:
	ret
.LBB0_4:
	li	a0, 0
	ret
.Lfunc_end0:
	.size	sum3, .Lfunc_end0-sum3
                                        # -- End function
	.globl	dump                            # -- Begin function dump
	.p2align	1
	.type	dump,@function
dump:                                   # @dump
# %bb.0:
	mv	a2, a0
	mv	a0, a1
	mv	a1, a2
	tail	putarray@plt
.Lfunc_end1:
	.size	dump, .Lfunc_end1-dump
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -192
	sd	ra, 184(sp)                     # 8-byte Folded Spill
	sd	s0, 176(sp)                     # 8-byte Folded Spill
	sd	s1, 168(sp)                     # 8-byte Folded Spill
	sd	s2, 160(sp)                     # 8-byte Folded Spill
	sd	s3, 152(sp)                     # 8-byte Folded Spill
	sd	s4, 144(sp)                     # 8-byte Folded Spill
	sd	s5, 136(sp)                     # 8-byte Folded Spill
	sd	s6, 128(sp)                     # 8-byte Folded Spill
	addi	s4, sp, 104
	sw	zero, 124(sp)
	sw	zero, 112(sp)
	sw	zero, 108(sp)
	li	s3, 1
	sw	s3, 92(sp)
	li	s1, 2
	sw	s1, 96(sp)
	li	s0, 3
	sw	s0, 100(sp)
	li	s6, 4
	sw	s6, 104(sp)
	addi	s5, sp, 116
	li	a0, 5
	sw	a0, 116(sp)
	li	a0, 6
	sw	a0, 120(sp)
	sw	zero, 88(sp)
	sd	zero, 80(sp)
	sd	zero, 72(sp)
	addi	s2, sp, 16
	addi	a0, sp, 20
	li	a2, 52
	li	a1, 0
	call	memset@plt
	sw	s3, 8(sp)
	sw	s1, 12(sp)
	sw	s0, 16(sp)
	addi	s3, sp, 24
.LBB2_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(g1)
	addi	a0, a0, %pcrel_lo(.LBB2_1)
	lw	a1, 0(a0)
	sw	s6, 24(sp)
	lui	a2, 42948
	addiw	s0, a2, 1575
	mul	a2, a1, s0
	srli	a3, a2, 63
	srai	a2, a2, 32
	srli	a2, a2, 12
	addw	a2, a2, a3
	lui	a3, 24
	addiw	s1, a3, 1699
	mulw	a2, a2, s1
	lw	a3, 4(a0)
	subw	a1, a1, a2
	slliw	a2, a1, 1
	addw	a1, a1, a2
	addw	a1, a1, a3
	mul	a2, a1, s0
	srli	a3, a2, 63
	srai	a2, a2, 32
	srli	a2, a2, 12
	addw	a2, a2, a3
	mulw	a2, a2, s1
	lw	a3, 8(a0)
	subw	a1, a1, a2
	slliw	a2, a1, 1
	addw	a1, a1, a2
	addw	a1, a1, a3
	mul	a2, a1, s0
	srli	a3, a2, 63
	srai	a2, a2, 32
	srli	a2, a2, 12
	addw	a2, a2, a3
	mulw	a2, a2, s1
	lw	a3, 12(a0)
	subw	a1, a1, a2
	slliw	a2, a1, 1
	addw	a1, a1, a2
	addw	a1, a1, a3
	mul	a2, a1, s0
	srli	a3, a2, 63
	srai	a2, a2, 32
	srli	a2, a2, 12
	addw	a2, a2, a3
	mulw	a2, a2, s1
	lw	a3, 16(a0)
	subw	a1, a1, a2
	slliw	a2, a1, 1
	addw	a1, a1, a2
	addw	a1, a1, a3
	mul	a2, a1, s0
	srli	a3, a2, 63
	srai	a2, a2, 32
	srli	a2, a2, 12
	addw	a2, a2, a3
	mulw	a2, a2, s1
	lw	a3, 20(a0)
	subw	a1, a1, a2
	slliw	a2, a1, 1
	addw	a1, a1, a2
	addw	a1, a1, a3
	mul	a2, a1, s0
	srli	a3, a2, 63
	srai	a2, a2, 32
	srli	a2, a2, 12
	addw	a2, a2, a3
	mulw	a2, a2, s1
	lw	a3, 24(a0)
	subw	a1, a1, a2
	slliw	a2, a1, 1
	addw	a1, a1, a2
	addw	a1, a1, a3
	mul	a2, a1, s0
	srli	a3, a2, 63
	srai	a2, a2, 32
	srli	a2, a2, 12
	addw	a2, a2, a3
	mulw	a2, a2, s1
	lw	a3, 28(a0)
	subw	a1, a1, a2
	slliw	a2, a1, 1
	addw	a1, a1, a2
	addw	a1, a1, a3
	mul	a2, a1, s0
	srli	a3, a2, 63
	srai	a2, a2, 32
	srli	a2, a2, 12
	addw	a2, a2, a3
	mulw	a2, a2, s1
	lw	a3, 32(a0)
	subw	a1, a1, a2
	slliw	a2, a1, 1
	addw	a1, a1, a2
	addw	a1, a1, a3
	mul	a2, a1, s0
	srli	a3, a2, 63
	srai	a2, a2, 32
	srli	a2, a2, 12
	addw	a2, a2, a3
	mulw	a2, a2, s1
	lw	a3, 36(a0)
	subw	a1, a1, a2
	slliw	a2, a1, 1
	addw	a1, a1, a2
	addw	a1, a1, a3
	mul	a2, a1, s0
	srli	a3, a2, 63
	srai	a2, a2, 32
	srli	a2, a2, 12
	addw	a2, a2, a3
	mulw	a2, a2, s1
	lw	a3, 40(a0)
	subw	a1, a1, a2
	slliw	a2, a1, 1
	addw	a1, a1, a2
	addw	a1, a1, a3
	mul	a2, a1, s0
	srli	a3, a2, 63
	srai	a2, a2, 32
	srli	a2, a2, 12
	addw	a2, a2, a3
	mulw	a2, a2, s1
	lw	a0, 44(a0)
	subw	a1, a1, a2
	slliw	a2, a1, 1
	addw	a1, a1, a2
	addw	a0, a0, a1
	mul	a1, a0, s0
	srli	a2, a1, 63
	srai	a1, a1, 32
	srli	a1, a1, 12
	addw	a1, a1, a2
	mulw	a1, a1, s1
	subw	a0, a0, a1
	call	putint@plt
	li	a0, 32
	call	putch@plt
.LBB2_2:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(g2)
	addi	a0, a0, %pcrel_lo(.LBB2_2)
	lw	a1, 0(a0)
	mul	a2, a1, s0
	srli	a3, a2, 63
	srai	a2, a2, 32
	srli	a2, a2, 12
	addw	a2, a2, a3
	mulw	a2, a2, s1
	lw	a3, 4(a0)
	subw	a1, a1, a2
	slliw	a2, a1, 1
	addw	a1, a1, a2
	addw	a1, a1, a3
	mul	a2, a1, s0
	srli	a3, a2, 63
	srai	a2, a2, 32
	srli	a2, a2, 12
	addw	a2, a2, a3
	mulw	a2, a2, s1
	lw	a3, 8(a0)
	subw	a1, a1, a2
	slliw	a2, a1, 1
	addw	a1, a1, a2
	addw	a1, a1, a3
	mul	a2, a1, s0
	srli	a3, a2, 63
	srai	a2, a2, 32
	srli	a2, a2, 12
	addw	a2, a2, a3
	mulw	a2, a2, s1
	lw	a3, 12(a0)
	subw	a1, a1, a2
	slliw	a2, a1, 1
	addw	a1, a1, a2
	addw	a1, a1, a3
	mul	a2, a1, s0
	srli	a3, a2, 63
	srai	a2, a2, 32
	srli	a2, a2, 12
	addw	a2, a2, a3
	mulw	a2, a2, s1
	lw	a3, 16(a0)
	subw	a1, a1, a2
	slliw	a2, a1, 1
	addw	a1, a1, a2
	addw	a1, a1, a3
	mul	a2, a1, s0
	srli	a3, a2, 63
	srai	a2, a2, 32
	srli	a2, a2, 12
	addw	a2, a2, a3
	mulw	a2, a2, s1
	lw	a3, 20(a0)
	subw	a1, a1, a2
	slliw	a2, a1, 1
	addw	a1, a1, a2
	addw	a1, a1, a3
	mul	a2, a1, s0
	srli	a3, a2, 63
	srai	a2, a2, 32
	srli	a2, a2, 12
	addw	a2, a2, a3
	mulw	a2, a2, s1
	lw	a3, 24(a0)
	subw	a1, a1, a2
	slliw	a2, a1, 1
	addw	a1, a1, a2
	addw	a1, a1, a3
	mul	a2, a1, s0
	srli	a3, a2, 63
	srai	a2, a2, 32
	srli	a2, a2, 12
	addw	a2, a2, a3
	mulw	a2, a2, s1
	lw	a3, 28(a0)
	subw	a1, a1, a2
	slliw	a2, a1, 1
	addw	a1, a1, a2
	addw	a1, a1, a3
	mul	a2, a1, s0
	srli	a3, a2, 63
	srai	a2, a2, 32
	srli	a2, a2, 12
	addw	a2, a2, a3
	mulw	a2, a2, s1
	lw	a3, 32(a0)
	subw	a1, a1, a2
	slliw	a2, a1, 1
	addw	a1, a1, a2
	addw	a1, a1, a3
	mul	a2, a1, s0
	srli	a3, a2, 63
	srai	a2, a2, 32
	srli	a2, a2, 12
	addw	a2, a2, a3
	mulw	a2, a2, s1
	lw	a3, 36(a0)
	subw	a1, a1, a2
	slliw	a2, a1, 1
	addw	a1, a1, a2
	addw	a1, a1, a3
	mul	a2, a1, s0
	srli	a3, a2, 63
	srai	a2, a2, 32
	srli	a2, a2, 12
	addw	a2, a2, a3
	mulw	a2, a2, s1
	lw	a3, 40(a0)
	subw	a1, a1, a2
	slliw	a2, a1, 1
	addw	a1, a1, a2
	addw	a1, a1, a3
	mul	a2, a1, s0
	srli	a3, a2, 63
	srai	a2, a2, 32
	srli	a2, a2, 12
	addw	a2, a2, a3
	mulw	a2, a2, s1
	lw	a0, 44(a0)
	subw	a1, a1, a2
	slliw	a2, a1, 1
	addw	a1, a1, a2
	addw	a0, a0, a1
	mul	a1, a0, s0
	srli	a2, a1, 63
	srai	a1, a1, 32
	srli	a1, a1, 12
	addw	a1, a1, a2
	mulw	a1, a1, s1
	subw	a0, a0, a1
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lui	a0, 9
	addiw	a0, a0, 298
	call	putint@plt
	li	a0, 10
	call	putch@plt
.LBB2_3:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(g3)
	addi	s0, s0, %pcrel_lo(.LBB2_3)
	li	a0, 2
	mv	a1, s0
	call	putarray@plt
	addi	a1, s0, 8
	li	a0, 2
	call	putarray@plt
	addi	a1, s0, 16
	li	a0, 2
	call	putarray@plt
	li	a0, 3
	addi	a1, sp, 92
	call	putarray@plt
	li	a0, 3
	mv	a1, s4
	call	putarray@plt
	li	a0, 3
	mv	a1, s5
	call	putarray@plt
	li	a0, 5
	addi	a1, sp, 72
	call	putarray@plt
.LBB2_4:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(g4)
	addi	s0, s0, %pcrel_lo(.LBB2_4)
	li	a0, 2
	mv	a1, s0
	call	putarray@plt
	addi	a1, s0, 8
	li	a0, 2
	call	putarray@plt
	addi	a1, s0, 16
	li	a0, 2
	call	putarray@plt
	addi	a1, s0, 24
	li	a0, 2
	call	putarray@plt
	addi	a1, s0, 32
	li	a0, 2
	call	putarray@plt
	addi	a1, s0, 40
	li	a0, 2
	call	putarray@plt
	addi	a1, s0, 48
	li	a0, 2
	call	putarray@plt
	addi	a1, s0, 56
	li	a0, 2
	call	putarray@plt
	li	a0, 2
	addi	a1, sp, 8
	call	putarray@plt
	li	a0, 2
	mv	a1, s2
	call	putarray@plt
	li	a0, 2
	mv	a1, s3
	call	putarray@plt
	addi	a1, sp, 32
	li	a0, 2
	call	putarray@plt
	addi	a1, sp, 40
	li	a0, 2
	call	putarray@plt
	addi	a1, sp, 48
	li	a0, 2
	call	putarray@plt
	addi	a1, sp, 56
	li	a0, 2
	call	putarray@plt
	addi	a1, sp, 64
	li	a0, 2
	call	putarray@plt
.LBB2_5:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(g5)
	addi	s0, s0, %pcrel_lo(.LBB2_5)
	li	a0, 2
	mv	a1, s0
	call	putfarray@plt
	addi	a1, s0, 8
	li	a0, 2
	call	putfarray@plt
	lui	a0, 1
	addiw	a0, a0, -333
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 179
	ld	ra, 184(sp)                     # 8-byte Folded Reload
	ld	s0, 176(sp)                     # 8-byte Folded Reload
	ld	s1, 168(sp)                     # 8-byte Folded Reload
	ld	s2, 160(sp)                     # 8-byte Folded Reload
	ld	s3, 152(sp)                     # 8-byte Folded Reload
	ld	s4, 144(sp)                     # 8-byte Folded Reload
	ld	s5, 136(sp)                     # 8-byte Folded Reload
	ld	s6, 128(sp)                     # 8-byte Folded Reload
	addi	sp, sp, 192
	ret
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	g1,@object                      # @g1
	.data
	.globl	g1
	.p2align	2
g1:
	.word	1                               # 0x1
	.word	2                               # 0x2
	.word	3                               # 0x3
	.word	4                               # 0x4
	.word	5                               # 0x5
	.word	6                               # 0x6
	.word	7                               # 0x7
	.word	0                               # 0x0
	.zero	8
	.zero	8
	.size	g1, 48

	.type	g2,@object                      # @g2
	.globl	g2
	.p2align	2
g2:
	.word	1                               # 0x1
	.word	2                               # 0x2
	.zero	8
	.zero	8
	.word	3                               # 0x3
	.word	4                               # 0x4
	.word	5                               # 0x5
	.word	0                               # 0x0
	.word	6                               # 0x6
	.word	0                               # 0x0
	.size	g2, 48

	.type	g3,@object                      # @g3
	.globl	g3
	.p2align	2
g3:
	.zero	8
	.word	1                               # 0x1
	.word	0                               # 0x0
	.zero	8
	.size	g3, 24

	.type	g4,@object                      # @g4
	.globl	g4
	.p2align	2
g4:
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	2                               # 0x2
	.word	0                               # 0x0
	.word	3                               # 0x3
	.word	4                               # 0x4
	.zero	8
	.zero	16
	.word	5                               # 0x5
	.word	6                               # 0x6
	.word	7                               # 0x7
	.word	0                               # 0x0
	.size	g4, 64

	.type	g5,@object                      # @g5
	.globl	g5
	.p2align	2
g5:
	.word	0x3fc00000                      # float 1.5
	.word	0x00000000                      # float 0
	.word	0x40000000                      # float 2
	.word	0x40800000                      # float 4
	.size	g5, 16

	.type	g6,@object                      # @g6
	.section	.rodata,"a",@progbits
	.globl	g6
	.p2align	2
g6:
	.word	1                               # 0x1
	.word	2                               # 0x2
	.word	3                               # 0x3
	.word	4                               # 0x4
	.word	5                               # 0x5
	.word	0                               # 0x0
	.word	6                               # 0x6
	.word	7                               # 0x7
	.size	g6, 32

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
