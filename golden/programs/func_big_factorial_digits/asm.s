	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_big_factorial_digits.sy"
	.globl	mul_small                       # -- Begin function mul_small
	.p2align	1
	.type	mul_small,@function
mul_small:                              # @mul_small
# %bb.0:
	blez	a0, .LBB0_6
# %bb.1:
	li	t0, 0
	lui	a2, 2
	addiw	a6, a2, 1808
	slli	a2, a0, 32
	srli	a4, a2, 32
.LBB0_7:                                # Label of block must be emitted
	auipc	a5, %pcrel_hi(limbs)
	addi	a5, a5, %pcrel_lo(.LBB0_7)
	lui	a2, 429497
	addiw	a7, a2, -1107
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	lw	a2, 0(a5)
	mulw	a2, a2, a1
	addw	a2, a2, t0
	mul	a3, a2, a7
	srli	t0, a3, 63
	srai	a3, a3, 44
	add	t0, t0, a3
	mulw	a3, t0, a6
	subw	a3, a2, a3
	sw	a3, 0(a5)
	addi	a4, a4, -1
	addi	a5, a5, 4
	bnez	a4, .LBB0_2
# %bb.3:
	lui	a1, 2
	addiw	a1, a1, 1808
	blt	a2, a1, .LBB0_6
# %bb.4:
	slli	a1, a0, 2
.LBB0_8:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(limbs)
	addi	a2, a2, %pcrel_lo(.LBB0_8)
	add	a1, a1, a2
	lui	a2, 858993
	addiw	a2, a2, 1881
	slli	a4, a2, 32
	li	a2, 624
.LBB0_5:                                # =>This Inner Loop Header: Depth=1
	slli	a3, t0, 32
	mulhu	a3, a3, a4
	srli	a3, a3, 45
	mulw	a5, a3, a6
	subw	a5, t0, a5
	sw	a5, 0(a1)
	addi	a0, a0, 1
	srliw	a5, t0, 4
	addi	a1, a1, 4
	mv	t0, a3
	bltu	a2, a5, .LBB0_5
.LBB0_6:
	sext.w	a0, a0
	ret
.Lfunc_end0:
	.size	mul_small, .Lfunc_end0-mul_small
                                        # -- End function
	.globl	print_number                    # -- Begin function print_number
	.p2align	1
	.type	print_number,@function
print_number:                           # @print_number
# %bb.0:
	addi	sp, sp, -64
	sd	ra, 56(sp)                      # 8-byte Folded Spill
	sd	s0, 48(sp)                      # 8-byte Folded Spill
	sd	s1, 40(sp)                      # 8-byte Folded Spill
	sd	s2, 32(sp)                      # 8-byte Folded Spill
	sd	s3, 24(sp)                      # 8-byte Folded Spill
	sd	s4, 16(sp)                      # 8-byte Folded Spill
	sd	s5, 8(sp)                       # 8-byte Folded Spill
	mv	s0, a0
	addiw	a0, a0, -1
	slli	a0, a0, 2
.LBB1_8:                                # Label of block must be emitted
	auipc	s2, %pcrel_hi(limbs)
	addi	s2, s2, %pcrel_lo(.LBB1_8)
	add	a0, a0, s2
	lw	a0, 0(a0)
	call	putint@plt
	li	a0, 2
	blt	s0, a0, .LBB1_7
# %bb.1:
	addiw	a0, s0, -2
	slli	a0, a0, 32
	srli	a1, a0, 32
	addi	s1, a1, 1
	srli	a0, a0, 30
	add	s0, s2, a0
	li	s3, 999
	li	s4, 99
	li	s5, 9
	j	.LBB1_3
.LBB1_2:                                #   in Loop: Header=BB1_3 Depth=1
	mv	a0, s2
	call	putint@plt
	addi	s1, s1, -1
	addi	s0, s0, -4
	blez	s1, .LBB1_7
.LBB1_3:                                # =>This Inner Loop Header: Depth=1
	lw	s2, 0(s0)
	blt	s3, s2, .LBB1_2
# %bb.4:                                #   in Loop: Header=BB1_3 Depth=1
	li	a0, 48
	call	putch@plt
	blt	s4, s2, .LBB1_2
# %bb.5:                                #   in Loop: Header=BB1_3 Depth=1
	li	a0, 48
	call	putch@plt
	blt	s5, s2, .LBB1_2
# %bb.6:                                #   in Loop: Header=BB1_3 Depth=1
	li	a0, 48
	call	putch@plt
	j	.LBB1_2
.LBB1_7:
	li	a0, 10
	ld	ra, 56(sp)                      # 8-byte Folded Reload
	ld	s0, 48(sp)                      # 8-byte Folded Reload
	ld	s1, 40(sp)                      # 8-byte Folded Reload
	ld	s2, 32(sp)                      # 8-byte Folded Reload
	ld	s3, 24(sp)                      # 8-byte Folded Reload
	ld	s4, 16(sp)                      # 8-byte Folded Reload
	ld	s5, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 64
	tail	putch@plt
.Lfunc_end1:
	.size	print_number, .Lfunc_end1-print_number
                                        # -- End function
	.globl	digit_sum                       # -- Begin function digit_sum
	.p2align	1
	.type	digit_sum,@function
digit_sum:                              # @digit_sum
# %bb.0:
	blez	a0, .LBB2_6
# %bb.1:
	mv	a1, a0
	li	t0, 0
	li	a0, 0
	slli	a1, a1, 32
	srli	a6, a1, 32
.LBB2_7:                                # Label of block must be emitted
	auipc	a7, %pcrel_hi(limbs)
	addi	a7, a7, %pcrel_lo(.LBB2_7)
	lui	a1, 838861
	addiw	a1, a1, -819
	slli	a4, a1, 32
	li	t1, 10
	li	a1, 9
	j	.LBB2_3
.LBB2_2:                                #   in Loop: Header=BB2_3 Depth=1
	addi	t0, t0, 1
	beq	t0, a6, .LBB2_5
.LBB2_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_4 Depth 2
	slli	a3, t0, 2
	add	a3, a3, a7
	lw	a3, 0(a3)
	blez	a3, .LBB2_2
.LBB2_4:                                #   Parent Loop BB2_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	a2, a3
	slli	a3, a3, 32
	mulhu	a3, a3, a4
	srli	a3, a3, 35
	mulw	a5, a3, t1
	subw	a5, a2, a5
	addw	a0, a0, a5
	bltu	a1, a2, .LBB2_4
	j	.LBB2_2
.LBB2_5:
	ret
.LBB2_6:
	li	a0, 0
	ret
.Lfunc_end2:
	.size	digit_sum, .Lfunc_end2-digit_sum
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -32
	sd	ra, 24(sp)                      # 8-byte Folded Spill
	sd	s0, 16(sp)                      # 8-byte Folded Spill
	sd	s1, 8(sp)                       # 8-byte Folded Spill
	sd	s2, 0(sp)                       # 8-byte Folded Spill
	call	getint@plt
.LBB3_18:                               # Label of block must be emitted
	auipc	a6, %pcrel_hi(limbs)
	addi	a6, a6, %pcrel_lo(.LBB3_18)
	li	s2, 1
	li	a1, 2
	sw	s2, 0(a6)
	bge	a0, a1, .LBB3_2
# %bb.1:
	li	a0, 1
	li	s2, 1
	call	print_number
	j	.LBB3_12
.LBB3_2:
	lui	a2, 2
	addiw	a2, a2, 1808
	lui	a3, 429497
	addiw	t1, a3, -1107
	lui	a3, 858993
	addiw	a3, a3, 1881
	slli	t0, a3, 32
	li	a7, 624
	j	.LBB3_4
.LBB3_3:                                #   in Loop: Header=BB3_4 Depth=1
	addiw	a1, t2, 1
	bge	t2, a0, .LBB3_11
.LBB3_4:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_6 Depth 2
                                        #     Child Loop BB3_9 Depth 2
	sext.w	s1, s2
	mv	t2, a1
	blez	s1, .LBB3_3
# %bb.5:                                #   in Loop: Header=BB3_4 Depth=1
	li	a1, 0
	slli	a3, s2, 32
	srli	a5, a3, 32
	mv	a4, a6
.LBB3_6:                                #   Parent Loop BB3_4 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a3, 0(a4)
	mulw	a3, a3, t2
	addw	a3, a3, a1
	mul	a1, a3, t1
	srli	s0, a1, 63
	srai	a1, a1, 44
	add	a1, a1, s0
	mulw	s0, a1, a2
	subw	s0, a3, s0
	sw	s0, 0(a4)
	addi	a5, a5, -1
	addi	a4, a4, 4
	bnez	a5, .LBB3_6
# %bb.7:                                #   in Loop: Header=BB3_4 Depth=1
	blt	a3, a2, .LBB3_3
# %bb.8:                                #   in Loop: Header=BB3_4 Depth=1
	slli	a3, s1, 2
	add	a4, a6, a3
.LBB3_9:                                #   Parent Loop BB3_4 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	slli	a3, a1, 32
	mulhu	a3, a3, t0
	srli	a3, a3, 45
	mulw	a5, a3, a2
	subw	a5, a1, a5
	sw	a5, 0(a4)
	addi	s1, s1, 1
	srliw	a5, a1, 4
	addi	a4, a4, 4
	mv	a1, a3
	bltu	a7, a5, .LBB3_9
# %bb.10:                               #   in Loop: Header=BB3_4 Depth=1
	mv	s2, s1
	j	.LBB3_3
.LBB3_11:
	sext.w	s0, s2
	mv	a0, s0
	call	print_number
	blez	s0, .LBB3_16
.LBB3_12:
	li	a0, 0
	li	s0, 0
	slli	a1, s2, 32
	srli	a6, a1, 32
.LBB3_19:                               # Label of block must be emitted
	auipc	a7, %pcrel_hi(limbs)
	addi	a7, a7, %pcrel_lo(.LBB3_19)
	lui	a3, 838861
	addiw	a3, a3, -819
	slli	a3, a3, 32
	li	a4, 10
	li	a5, 9
	j	.LBB3_14
.LBB3_13:                               #   in Loop: Header=BB3_14 Depth=1
	addi	a0, a0, 1
	beq	a0, a6, .LBB3_17
.LBB3_14:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_15 Depth 2
	slli	s1, a0, 2
	add	s1, s1, a7
	lw	s1, 0(s1)
	blez	s1, .LBB3_13
.LBB3_15:                               #   Parent Loop BB3_14 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	a1, s1
	slli	s1, s1, 32
	mulhu	s1, s1, a3
	srli	s1, s1, 35
	mulw	a2, s1, a4
	subw	a2, a1, a2
	addw	s0, s0, a2
	bltu	a5, a1, .LBB3_15
	j	.LBB3_13
.LBB3_16:
	li	s0, 0
.LBB3_17:
	sext.w	a1, s2
.LBB3_20:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB3_20)
	mv	a2, s0
	call	putf@plt
	sraiw	a0, s0, 31
	srliw	a0, a0, 24
	add	a0, a0, s0
	andi	a0, a0, -256
	subw	a0, s0, a0
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	ld	s1, 8(sp)                       # 8-byte Folded Reload
	ld	s2, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
                                        # -- End function
	.type	limbs,@object                   # @limbs
	.bss
	.globl	limbs
	.p2align	2
limbs:
	.zero	800
	.size	limbs, 800

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"limbs=%d digit_sum=%d\n"
	.size	.L.str, 23

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
