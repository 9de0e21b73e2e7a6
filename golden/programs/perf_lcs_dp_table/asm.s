	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"perf_lcs_dp_table.sy"
	.globl	max2                            # -- Begin function max2
	.p2align	1
	.type	max2,@function
max2:                                   # @max2
# %bb.0:
	blt	a1, a0, .LBB0_2
# %bb.1:
	mv	a0, a1
.LBB0_2:
	ret
.Lfunc_end0:
	.size	max2, .Lfunc_end0-max2
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
	sd	s4, 0(sp)                       # 8-byte Folded Spill
	call	getint@plt
	mv	s2, a0
	call	getint@plt
	mv	s4, a0
	call	getint@plt
.LBB1_18:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(x)
	addi	s3, s3, %pcrel_lo(.LBB1_18)
	blez	s2, .LBB1_4
# %bb.1:
	slli	a1, s2, 32
	srli	a2, a1, 32
	li	a1, 99
	li	a3, 75
	lui	a4, 524280
	addiw	a4, a4, 1
	mv	a5, s3
.LBB1_2:                                # =>This Inner Loop Header: Depth=1
	mulw	a1, a1, a3
	addiw	a1, a1, 74
	mul	s1, a1, a4
	srli	s0, s1, 63
	srai	s1, s1, 47
	addw	s1, s1, s0
	slliw	s0, s1, 16
	addw	s1, s1, s0
	subw	a1, a1, s1
	remw	s1, a1, a0
	sw	s1, 0(a5)
	addi	a2, a2, -1
	addi	a5, a5, 4
	bnez	a2, .LBB1_2
# %bb.3:
	bgtz	s4, .LBB1_5
	j	.LBB1_7
.LBB1_4:
	li	a1, 99
	blez	s4, .LBB1_7
.LBB1_5:
	slli	a2, s4, 32
	srli	a2, a2, 32
.LBB1_19:                               # Label of block must be emitted
	auipc	a3, %pcrel_hi(y)
	addi	a3, a3, %pcrel_lo(.LBB1_19)
	li	a4, 75
	lui	a5, 524280
	addiw	a5, a5, 1
.LBB1_6:                                # =>This Inner Loop Header: Depth=1
	mulw	a1, a1, a4
	addiw	a1, a1, 74
	mul	s1, a1, a5
	srli	s0, s1, 63
	srai	s1, s1, 47
	addw	s1, s1, s0
	slliw	s0, s1, 16
	addw	s1, s1, s0
	subw	a1, a1, s1
	remw	s1, a1, a0
	sw	s1, 0(a3)
	addi	a2, a2, -1
	addi	a3, a3, 4
	bnez	a2, .LBB1_6
.LBB1_7:
	call	starttime@plt
	blez	s2, .LBB1_17
# %bb.8:
.LBB1_20:                               # Label of block must be emitted
	auipc	a6, %pcrel_hi(y)
	addi	a6, a6, %pcrel_lo(.LBB1_20)
.LBB1_21:                               # Label of block must be emitted
	auipc	t1, %pcrel_hi(dp)
	addi	t1, t1, %pcrel_lo(.LBB1_21)
	addiw	a0, s4, 1
	addiw	a1, s2, 1
	slli	a1, a1, 32
	srli	t0, a1, 32
	slli	a0, a0, 32
	srli	a0, a0, 32
	addi	a7, a0, -1
	li	t2, 1
	lui	a0, 1
	addiw	a5, a0, 708
	addiw	s0, a0, 712
	j	.LBB1_10
.LBB1_9:                                #   in Loop: Header=BB1_10 Depth=1
	addi	t2, t2, 1
	add	t1, t1, a5
	beq	t2, t0, .LBB1_17
.LBB1_10:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_14 Depth 2
	blez	s4, .LBB1_9
# %bb.11:                               #   in Loop: Header=BB1_10 Depth=1
	slli	a0, t2, 2
	add	a0, a0, s3
	lw	s1, -4(a0)
	mv	a1, t1
	mv	a3, a6
	mv	a2, a7
	j	.LBB1_14
.LBB1_12:                               #   in Loop: Header=BB1_14 Depth=2
	lw	a0, 0(a1)
	addiw	a0, a0, 1
.LBB1_13:                               #   in Loop: Header=BB1_14 Depth=2
	add	a4, a1, s0
	sw	a0, 0(a4)
	addi	a2, a2, -1
	addi	a3, a3, 4
	addi	a1, a1, 4
	beqz	a2, .LBB1_9
.LBB1_14:                               #   Parent Loop BB1_10 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a0, 0(a3)
	beq	s1, a0, .LBB1_12
# %bb.15:                               #   in Loop: Header=BB1_14 Depth=2
	lw	a0, 4(a1)
	add	a4, a1, a5
	lw	a4, 0(a4)
	blt	a4, a0, .LBB1_13
# %bb.16:                               #   in Loop: Header=BB1_14 Depth=2
	mv	a0, a4
	j	.LBB1_13
.LBB1_17:
	call	stoptime@plt
	lui	a0, 1
	addiw	s0, a0, 708
	mul	a0, s2, s0
.LBB1_22:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(dp)
	addi	s1, s1, %pcrel_lo(.LBB1_22)
	add	a0, a0, s1
	slli	a1, s4, 2
	add	s3, a0, a1
	lw	a1, 0(s3)
.LBB1_23:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB1_23)
	call	putf@plt
	srliw	a0, s2, 31
	addw	a0, s2, a0
	sraiw	a0, a0, 1
	srliw	a1, s4, 31
	addw	a1, s4, a1
	slli	a1, a1, 1
	andi	a1, a1, -4
	mul	a0, a0, s0
	add	a0, a0, s1
	add	a0, a0, a1
	lw	a0, 0(a0)
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 0(s3)
	sraiw	a1, a0, 31
	srliw	a1, a1, 24
	add	a1, a1, a0
	andi	a1, a1, -256
	subw	a0, a0, a1
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	ld	s4, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.type	x,@object                       # @x
	.bss
	.globl	x
	.p2align	2
x:
	.zero	4800
	.size	x, 4800

	.type	y,@object                       # @y
	.globl	y
	.p2align	2
y:
	.zero	4800
	.size	y, 4800

	.type	dp,@object                      # @dp
	.globl	dp
	.p2align	2
dp:
	.zero	5769604
	.size	dp, 5769604

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"lcs=%d\n"
	.size	.L.str, 8

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
