	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_const_lookup_tables.sy"
	.globl	day_of_year                     # -- Begin function day_of_year
	.p2align	1
	.type	day_of_year,@function
day_of_year:                            # @day_of_year
# %bb.0:
	li	a2, 2
	blt	a0, a2, .LBB0_4
# %bb.1:
	li	a2, 0
	addiw	a0, a0, -1
	slli	a0, a0, 32
	srli	a0, a0, 32
.LBB0_5:                                # Label of block must be emitted
	auipc	a3, %pcrel_hi(DAYS)
	addi	a3, a3, %pcrel_lo(.LBB0_5)
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	lw	a4, 0(a3)
	addw	a2, a2, a4
	addi	a0, a0, -1
	addi	a3, a3, 4
	bnez	a0, .LBB0_2
# %bb.3:
	addw	a0, a2, a1
	ret
.LBB0_4:
	addw	a0, zero, a1
	ret
.Lfunc_end0:
	.size	day_of_year, .Lfunc_end0-day_of_year
                                        # -- End function
	.globl	digit_square_sum                # -- Begin function digit_square_sum
	.p2align	1
	.type	digit_square_sum,@function
digit_square_sum:                       # @digit_square_sum
# %bb.0:
	li	a1, 0
	blez	a0, .LBB1_3
# %bb.1:
	lui	a2, 838861
	addiw	a2, a2, -819
	slli	t0, a2, 32
	li	a6, 10
.LBB1_4:                                # Label of block must be emitted
	auipc	a4, %pcrel_hi(SQUARES)
	addi	a4, a4, %pcrel_lo(.LBB1_4)
	li	a7, 9
.LBB1_2:                                # =>This Inner Loop Header: Depth=1
	slli	a3, a0, 32
	mulhu	a3, a3, t0
	srli	a3, a3, 35
	mulw	a5, a3, a6
	subw	a5, a0, a5
	slli	a5, a5, 32
	srli	a5, a5, 30
	add	a5, a5, a4
	lw	a5, 0(a5)
	sext.w	a2, a0
	addw	a1, a1, a5
	mv	a0, a3
	bltu	a7, a2, .LBB1_2
.LBB1_3:
	mv	a0, a1
	ret
.Lfunc_end1:
	.size	digit_square_sum, .Lfunc_end1-digit_square_sum
                                        # -- End function
	.globl	happy                           # -- Begin function happy
	.p2align	1
	.type	happy,@function
happy:                                  # @happy
# %bb.0:
	li	t2, 0
	li	a7, 1
	li	a6, 4
	lui	a1, 838861
	addiw	a1, a1, -819
	slli	t5, a1, 32
	li	t3, 10
.LBB2_13:                               # Label of block must be emitted
	auipc	a3, %pcrel_hi(SQUARES)
	addi	a3, a3, %pcrel_lo(.LBB2_13)
	li	t4, 9
	li	t0, 48
	li	t1, 49
	j	.LBB2_2
.LBB2_1:                                #   in Loop: Header=BB2_2 Depth=1
	addiw	t2, t2, 1
	mv	a0, a1
.LBB2_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_6 Depth 2
	sext.w	a1, a0
	beq	a1, a7, .LBB2_12
# %bb.3:                                #   in Loop: Header=BB2_2 Depth=1
	beq	a1, a6, .LBB2_11
# %bb.4:                                #   in Loop: Header=BB2_2 Depth=1
	blez	a1, .LBB2_8
# %bb.5:                                #   in Loop: Header=BB2_2 Depth=1
	li	a1, 0
.LBB2_6:                                #   Parent Loop BB2_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	slli	a5, a0, 32
	mulhu	a5, a5, t5
	srli	a5, a5, 35
	mulw	a2, a5, t3
	subw	a2, a0, a2
	slli	a2, a2, 32
	srli	a2, a2, 30
	add	a2, a2, a3
	lw	a2, 0(a2)
	sext.w	a4, a0
	addw	a1, a1, a2
	mv	a0, a5
	bltu	t4, a4, .LBB2_6
# %bb.7:                                #   in Loop: Header=BB2_2 Depth=1
	bgeu	t0, t2, .LBB2_1
	j	.LBB2_10
.LBB2_8:                                #   in Loop: Header=BB2_2 Depth=1
	bgeu	t2, t1, .LBB2_11
# %bb.9:                                #   in Loop: Header=BB2_2 Depth=1
	li	a1, 0
	j	.LBB2_1
.LBB2_10:
	li	a0, 1
	beq	a1, a0, .LBB2_12
.LBB2_11:
	li	a0, 0
.LBB2_12:
	sext.w	a0, a0
	ret
.Lfunc_end2:
	.size	happy, .Lfunc_end2-happy
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -64
	sd	ra, 56(sp)                      # 8-byte Folded Spill
	sd	s0, 48(sp)                      # 8-byte Folded Spill
	sd	s1, 40(sp)                      # 8-byte Folded Spill
	sd	s2, 32(sp)                      # 8-byte Folded Spill
	sd	s3, 24(sp)                      # 8-byte Folded Spill
	sd	s4, 16(sp)                      # 8-byte Folded Spill
	sd	s5, 8(sp)                       # 8-byte Folded Spill
.LBB3_17:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB3_17)
	li	a1, -3
	li	a2, -1
	li	a3, 1
	li	a4, 6
	li	a5, 3
	call	putf@plt
	li	a0, 60
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 365
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 185
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	s0, 0
.LBB3_18:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(KEYS)
	addi	s2, s2, %pcrel_lo(.LBB3_18)
	lui	a0, 419430
	addiw	s4, a0, 1639
	li	s3, 205
.LBB3_19:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(histogram)
	addi	s1, s1, %pcrel_lo(.LBB3_19)
	li	s5, 72
.LBB3_1:                                # =>This Inner Loop Header: Depth=1
	add	a0, s2, s0
	lw	a1, 0(a0)
	mul	a2, a1, s4
	srli	a3, a2, 63
	srai	a2, a2, 33
	addw	a2, a2, a3
	slliw	a3, a2, 2
	addw	a2, a2, a3
	subw	a2, a1, a2
	addiw	a2, a2, 5
	andi	a3, a2, 255
	mul	a3, a3, s3
	srli	a3, a3, 10
	slliw	a4, a3, 2
	addw	a3, a3, a4
	subw	a2, a2, a3
	andi	a2, a2, 255
	slli	a2, a2, 2
	add	a2, a2, s1
	lw	a3, 0(a2)
	lw	a4, 4(a0)
	addiw	a3, a3, 1
	sw	a3, 0(a2)
	mul	a2, a4, s4
	srli	a3, a2, 63
	srai	a2, a2, 33
	addw	a2, a2, a3
	slliw	a3, a2, 2
	addw	a2, a2, a3
	subw	a2, a4, a2
	addiw	a2, a2, 5
	andi	a3, a2, 255
	mul	a3, a3, s3
	srli	a3, a3, 10
	slliw	a5, a3, 2
	addw	a3, a3, a5
	slliw	a5, a1, 1
	subw	a2, a2, a3
	andi	a2, a2, 255
	slli	a2, a2, 2
	add	a2, a2, s1
	lw	a3, 0(a2)
	addw	a1, a1, a5
	lw	a5, 8(a0)
	addw	a1, a1, a4
	addiw	a3, a3, 1
	sw	a3, 0(a2)
	mul	a2, a5, s4
	srli	a3, a2, 63
	srai	a2, a2, 33
	addw	a2, a2, a3
	slliw	a3, a2, 2
	addw	a2, a2, a3
	subw	a2, a5, a2
	addiw	a2, a2, 5
	andi	a3, a2, 255
	mul	a3, a3, s3
	srli	a3, a3, 10
	slliw	a4, a3, 2
	addw	a3, a3, a4
	slliw	a4, a1, 1
	subw	a2, a2, a3
	andi	a2, a2, 255
	slli	a2, a2, 2
	add	a2, a2, s1
	lw	a3, 0(a2)
	addw	a1, a1, a4
	lw	a4, 12(a0)
	addw	a1, a1, a5
	addiw	a3, a3, 1
	sw	a3, 0(a2)
	mul	a2, a4, s4
	srli	a3, a2, 63
	srai	a2, a2, 33
	addw	a2, a2, a3
	slliw	a3, a2, 2
	addw	a2, a2, a3
	subw	a2, a4, a2
	addiw	a2, a2, 5
	andi	a3, a2, 255
	mul	a3, a3, s3
	srli	a3, a3, 10
	slliw	a5, a3, 2
	addw	a3, a3, a5
	slliw	a5, a1, 1
	subw	a2, a2, a3
	andi	a2, a2, 255
	slli	a2, a2, 2
	add	a2, a2, s1
	lw	a3, 0(a2)
	addw	a1, a1, a5
	lw	a5, 16(a0)
	addw	a1, a1, a4
	addiw	a3, a3, 1
	sw	a3, 0(a2)
	mul	a2, a5, s4
	srli	a3, a2, 63
	srai	a2, a2, 33
	addw	a2, a2, a3
	slliw	a3, a2, 2
	addw	a2, a2, a3
	subw	a2, a5, a2
	addiw	a2, a2, 5
	andi	a3, a2, 255
	mul	a3, a3, s3
	srli	a3, a3, 10
	slliw	a4, a3, 2
	addw	a3, a3, a4
	slliw	a4, a1, 1
	subw	a2, a2, a3
	andi	a2, a2, 255
	slli	a2, a2, 2
	add	a2, a2, s1
	lw	a3, 0(a2)
	addw	a1, a1, a4
	lw	a0, 20(a0)
	addw	a1, a1, a5
	addiw	a3, a3, 1
	sw	a3, 0(a2)
	mul	a2, a0, s4
	srli	a3, a2, 63
	srai	a2, a2, 33
	addw	a2, a2, a3
	slliw	a3, a2, 2
	addw	a2, a2, a3
	subw	a2, a0, a2
	addiw	a2, a2, 5
	andi	a3, a2, 255
	mul	a3, a3, s3
	srli	a3, a3, 10
	slliw	a4, a3, 2
	addw	a3, a3, a4
	subw	a2, a2, a3
	andi	a2, a2, 255
	slli	a2, a2, 2
	add	a2, a2, s1
	lw	a3, 0(a2)
	slliw	a4, a1, 1
	addw	a1, a1, a4
	addw	a0, a0, a1
	addiw	a1, a3, 1
	sw	a1, 0(a2)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	addi	s0, s0, 24
	bne	s0, s5, .LBB3_1
# %bb.2:
	li	a0, 10
	li	s1, 10
	call	putch@plt
.LBB3_20:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(histogram)
	addi	a1, a1, %pcrel_lo(.LBB3_20)
	li	a0, 5
	call	putarray@plt
	li	s2, 0
	li	t3, 1
	li	a6, 100
	li	t2, 4
	lui	a1, 838861
	addiw	a1, a1, -819
	slli	a3, a1, 32
	li	a4, 9
	li	t0, 48
	li	a7, 49
	li	a5, 1
.LBB3_21:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(SQUARES)
	addi	a1, a1, %pcrel_lo(.LBB3_21)
	j	.LBB3_5
.LBB3_3:                                #   in Loop: Header=BB3_5 Depth=1
	addiw	s2, s2, 1
.LBB3_4:                                #   in Loop: Header=BB3_5 Depth=1
	addiw	a5, t1, 1
	bgeu	t1, a6, .LBB3_16
.LBB3_5:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_9 Depth 2
                                        #       Child Loop BB3_13 Depth 3
	li	t4, 0
	mv	t1, a5
	mv	a2, a5
	j	.LBB3_9
.LBB3_6:                                #   in Loop: Header=BB3_9 Depth=2
	bgeu	t4, a7, .LBB3_4
# %bb.7:                                #   in Loop: Header=BB3_9 Depth=2
	li	s0, 0
.LBB3_8:                                #   in Loop: Header=BB3_9 Depth=2
	addiw	t4, t4, 1
	mv	a2, s0
.LBB3_9:                                #   Parent Loop BB3_5 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB3_13 Depth 3
	beq	a2, t3, .LBB3_3
# %bb.10:                               #   in Loop: Header=BB3_9 Depth=2
	beq	a2, t2, .LBB3_4
# %bb.11:                               #   in Loop: Header=BB3_9 Depth=2
	blez	a2, .LBB3_6
# %bb.12:                               #   in Loop: Header=BB3_9 Depth=2
	li	s0, 0
.LBB3_13:                               #   Parent Loop BB3_5 Depth=1
                                        #     Parent Loop BB3_9 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	mv	a5, a2
	slli	a2, a2, 32
	mulhu	a2, a2, a3
	srli	a2, a2, 35
	mulw	a0, a2, s1
	subw	a0, a5, a0
	slli	a0, a0, 32
	srli	a0, a0, 30
	add	a0, a0, a1
	lw	a0, 0(a0)
	addw	s0, s0, a0
	bltu	a4, a5, .LBB3_13
# %bb.14:                               #   in Loop: Header=BB3_9 Depth=2
	bgeu	t0, t4, .LBB3_8
# %bb.15:                               #   in Loop: Header=BB3_5 Depth=1
	beq	s0, t3, .LBB3_3
	j	.LBB3_4
.LBB3_16:
.LBB3_22:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str.1)
	addi	a0, a0, %pcrel_lo(.LBB3_22)
	mv	a1, s2
	call	putf@plt
	addiw	a0, s2, 28
	ld	ra, 56(sp)                      # 8-byte Folded Reload
	ld	s0, 48(sp)                      # 8-byte Folded Reload
	ld	s1, 40(sp)                      # 8-byte Folded Reload
	ld	s2, 32(sp)                      # 8-byte Folded Reload
	ld	s3, 24(sp)                      # 8-byte Folded Reload
	ld	s4, 16(sp)                      # 8-byte Folded Reload
	ld	s5, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 64
	ret
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
                                        # -- End function
	.type	MONTHS,@object                  # @MONTHS
	.section	.rodata,"a",@progbits
	.globl	MONTHS
	.p2align	2
MONTHS:
	.word	12                              # 0xc
	.size	MONTHS, 4

	.type	DAYS,@object                    # @DAYS
	.globl	DAYS
	.p2align	2
DAYS:
	.word	31                              # 0x1f
	.word	28                              # 0x1c
	.word	31                              # 0x1f
	.word	30                              # 0x1e
	.word	31                              # 0x1f
	.word	30                              # 0x1e
	.word	31                              # 0x1f
	.word	31                              # 0x1f
	.word	30                              # 0x1e
	.word	31                              # 0x1f
	.word	30                              # 0x1e
	.word	31                              # 0x1f
	.size	DAYS, 48

	.type	NEG_HALF,@object                # @NEG_HALF
	.globl	NEG_HALF
	.p2align	2
NEG_HALF:
	.word	4294967293                      # 0xfffffffd
	.size	NEG_HALF, 4

	.type	NEG_REM,@object                 # @NEG_REM
	.globl	NEG_REM
	.p2align	2
NEG_REM:
	.word	4294967295                      # 0xffffffff
	.size	NEG_REM, 4

	.type	REM_NEG,@object                 # @REM_NEG
	.globl	REM_NEG
	.p2align	2
REM_NEG:
	.word	1                               # 0x1
	.size	REM_NEG, 4

	.type	W,@object                       # @W
	.globl	W
	.p2align	2
W:
	.word	6                               # 0x6
	.size	W, 4

	.type	H,@object                       # @H
	.globl	H
	.p2align	2
H:
	.word	3                               # 0x3
	.size	H, 4

	.type	KEYS,@object                    # @KEYS
	.globl	KEYS
	.p2align	2
KEYS:
	.word	1                               # 0x1
	.word	2                               # 0x2
	.word	3                               # 0x3
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	4                               # 0x4
	.word	5                               # 0x5
	.word	6                               # 0x6
	.word	7                               # 0x7
	.word	8                               # 0x8
	.word	9                               # 0x9
	.word	4294967295                      # 0xffffffff
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.size	KEYS, 72

	.type	SQUARES,@object                 # @SQUARES
	.globl	SQUARES
	.p2align	2
SQUARES:
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	4                               # 0x4
	.word	9                               # 0x9
	.word	16                              # 0x10
	.word	25                              # 0x19
	.word	36                              # 0x24
	.word	49                              # 0x31
	.word	64                              # 0x40
	.word	81                              # 0x51
	.size	SQUARES, 40

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"consts %d %d %d %d %d\n"
	.size	.L.str, 23

	.type	histogram,@object               # @histogram
	.bss
	.globl	histogram
	.p2align	2
histogram:
	.zero	20
	.size	histogram, 20

	.type	.L.str.1,@object                # @.str.1
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str.1:
	.asciz	"happy numbers up to 100: %d\n"
	.size	.L.str.1, 29

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
