	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_const_globals_table.sy"
	.globl	digit_square_sum                # -- Begin function digit_square_sum
	.p2align	1
	.type	digit_square_sum,@function
digit_square_sum:                       # @digit_square_sum
# %bb.0:
	li	a1, 0
	blez	a0, .LBB0_3
# %bb.1:
	lui	a2, 838861
	addiw	a2, a2, -819
	slli	t0, a2, 32
	li	a6, 10
.LBB0_4:                                # Label of block must be emitted
	auipc	a4, %pcrel_hi(SQUARES)
	addi	a4, a4, %pcrel_lo(.LBB0_4)
	li	a7, 9
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
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
	bltu	a7, a2, .LBB0_2
.LBB0_3:
	mv	a0, a1
	ret
.Lfunc_end0:
	.size	digit_square_sum, .Lfunc_end0-digit_square_sum
                                        # -- End function
	.globl	is_leap                         # -- Begin function is_leap
	.p2align	1
	.type	is_leap,@function
is_leap:                                # @is_leap
# %bb.0:
	andi	a1, a0, 3
	seqz	a2, a1
	lui	a1, 796918
	addiw	a1, a1, -983
	mulw	a0, a0, a1
	lui	a1, 20972
	addiw	a1, a1, -1968
	addw	a1, a1, a0
	slliw	a0, a1, 30
	srliw	a3, a1, 2
	or	a0, a0, a3
	lui	a3, 10486
	addiw	a3, a3, -984
	sltu	a0, a3, a0
	and	a2, a2, a0
	li	a0, 1
	bnez	a2, .LBB1_2
# %bb.1:
	slliw	a0, a1, 28
	srliw	a1, a1, 4
	or	a0, a0, a1
	lui	a1, 2621
	addiw	a1, a1, 1803
	sltu	a0, a0, a1
.LBB1_2:
	ret
.Lfunc_end1:
	.size	is_leap, .Lfunc_end1-is_leap
                                        # -- End function
	.globl	day_of_year                     # -- Begin function day_of_year
	.p2align	1
	.type	day_of_year,@function
day_of_year:                            # @day_of_year
# %bb.0:
	andi	a3, a0, 3
	seqz	a3, a3
	lui	a4, 796918
	addiw	a4, a4, -983
	mulw	a0, a0, a4
	lui	a4, 20972
	addiw	a4, a4, -1968
	addw	a0, a0, a4
	slliw	a4, a0, 30
	srliw	a5, a0, 2
	or	a4, a4, a5
	lui	a5, 10486
	addiw	a5, a5, -984
	sltu	a4, a5, a4
	and	a4, a4, a3
	li	a3, 1
	bnez	a4, .LBB2_2
# %bb.1:
	slliw	a3, a0, 28
	srliw	a0, a0, 4
	or	a0, a0, a3
	lui	a3, 2621
	addiw	a3, a3, 1803
	sltu	a3, a0, a3
.LBB2_2:
	li	a0, 2
	blt	a1, a0, .LBB2_5
# %bb.3:
	addiw	a0, a1, -1
	slli	a0, a0, 32
	srli	a0, a0, 32
	li	a1, 48
	mul	a1, a3, a1
.LBB2_6:                                # Label of block must be emitted
	auipc	a3, %pcrel_hi(DAYS)
	addi	a3, a3, %pcrel_lo(.LBB2_6)
	add	a1, a1, a3
.LBB2_4:                                # =>This Inner Loop Header: Depth=1
	lw	a3, 0(a1)
	addw	a2, a2, a3
	addi	a0, a0, -1
	addi	a1, a1, 4
	bnez	a0, .LBB2_4
.LBB2_5:
	mv	a0, a2
	ret
.Lfunc_end2:
	.size	day_of_year, .Lfunc_end2-day_of_year
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	2                               # -- Begin function main
.LCPI3_0:
	.word	0x3e000000                      # float 0.125
.LCPI3_1:
	.word	0x40200000                      # float 2.5
	.text
	.globl	main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -32
	sd	ra, 24(sp)                      # 8-byte Folded Spill
	sd	s0, 16(sp)                      # 8-byte Folded Spill
	sd	s1, 8(sp)                       # 8-byte Folded Spill
	sd	s2, 0(sp)                       # 8-byte Folded Spill
	li	a0, 105
	call	putint@plt
	li	a0, 10
	li	s1, 10
	call	putch@plt
	li	a0, 285
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	s0, 0
	li	a1, 19
	li	t0, 1
	li	a6, 4
	lui	a0, 838861
	addiw	a0, a0, -819
	slli	a3, a0, 32
.LBB3_9:                                # Label of block must be emitted
	auipc	a4, %pcrel_hi(SQUARES)
	addi	a4, a4, %pcrel_lo(.LBB3_9)
	li	a5, 9
	li	a7, 49
	j	.LBB3_2
.LBB3_1:                                #   in Loop: Header=BB3_2 Depth=1
	addiw	s0, s2, 1
	mv	a1, a0
	bgeu	s2, a7, .LBB3_7
.LBB3_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_5 Depth 2
	mv	s2, s0
	beq	a1, t0, .LBB3_6
# %bb.3:                                #   in Loop: Header=BB3_2 Depth=1
	beq	a1, a6, .LBB3_6
# %bb.4:                                #   in Loop: Header=BB3_2 Depth=1
	li	a0, 0
	blez	a1, .LBB3_1
.LBB3_5:                                #   Parent Loop BB3_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	a2, a1
	slli	a1, a1, 32
	mulhu	a1, a1, a3
	srli	a1, a1, 35
	mulw	s0, a1, s1
	subw	s0, a2, s0
	slli	s0, s0, 32
	srli	s0, s0, 30
	add	s0, s0, a4
	lw	s0, 0(s0)
	addw	a0, a0, s0
	bltu	a5, a2, .LBB3_5
	j	.LBB3_1
.LBB3_6:
	mv	a0, a1
	j	.LBB3_8
.LBB3_7:
	li	s2, 50
.LBB3_8:
	call	putint@plt
	li	a0, 32
	call	putch@plt
	mv	a0, s2
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 61
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 60
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 365
	call	putint@plt
	li	a0, 10
	call	putch@plt
.LBB3_10:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(counter)
	addi	s0, s0, %pcrel_lo(.LBB3_10)
	lw	a0, 0(s0)
.LBB3_11:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(.LCPI3_0)
	addi	a1, a1, %pcrel_lo(.LBB3_11)
	flw	ft0, 0(a1)
.LBB3_12:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(.LCPI3_1)
	addi	a1, a1, %pcrel_lo(.LBB3_12)
	flw	ft1, 0(a1)
	fcvt.s.w	ft2, a0
	fmul.s	ft0, ft2, ft0
	fadd.s	fa0, ft0, ft1
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 0(s0)
	addiw	a0, a0, 81
	sw	a0, 0(s0)
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	ld	s1, 8(sp)                       # 8-byte Folded Reload
	ld	s2, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
                                        # -- End function
	.type	BASE,@object                    # @BASE
	.section	.rodata,"a",@progbits
	.globl	BASE
	.p2align	2
BASE:
	.word	10                              # 0xa
	.size	BASE, 4

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

	.type	MIX,@object                     # @MIX
	.globl	MIX
	.p2align	2
MIX:
	.word	105                             # 0x69
	.size	MIX, 4

	.type	RATE,@object                    # @RATE
	.globl	RATE
	.p2align	2
RATE:
	.word	0x3e000000                      # float 0.125
	.size	RATE, 4

	.type	OFFSET,@object                  # @OFFSET
	.globl	OFFSET
	.p2align	2
OFFSET:
	.word	0x40200000                      # float 2.5
	.size	OFFSET, 4

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
	.word	31                              # 0x1f
	.word	29                              # 0x1d
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
	.size	DAYS, 96

	.type	counter,@object                 # @counter
	.section	.sdata,"aw",@progbits
	.globl	counter
	.p2align	2
counter:
	.word	105                             # 0x69
	.size	counter, 4

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
